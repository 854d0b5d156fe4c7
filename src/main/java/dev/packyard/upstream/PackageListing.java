package dev.packyard.upstream;

import dev.packyard.model.PackageCoordinate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a public registry knows about one package: its versions in the registry's order, tags such as "latest", and
 * the registry document it was read from when there is one.
 */
public record PackageListing(PackageCoordinate coordinate, List<UpstreamVersion> versions, Map<String, String> tags,
                             Optional<ListingDocument> document) {
    public PackageListing {
        Objects.requireNonNull(coordinate, "coordinate");
        versions = List.copyOf(versions);
        tags = Map.copyOf(tags);
        Objects.requireNonNull(document, "document");
    }

    public PackageListing(PackageCoordinate coordinate, List<UpstreamVersion> versions, Map<String, String> tags) {
        this(coordinate, versions, tags, Optional.empty());
    }

    /** Whether two listings offer the same versions, files and tags, whatever their documents' bytes. */
    public boolean sameContent(PackageListing other) {
        return coordinate.equals(other.coordinate) && versions.equals(other.versions) && tags.equals(other.tags);
    }

    public Optional<UpstreamVersion> version(String version) {
        return versions.stream().filter(v -> v.version().equals(version)).findFirst();
    }

    public List<String> versionNames() {
        return versions.stream().map(UpstreamVersion::version).toList();
    }
}
