package dev.packyard.upstream;

import dev.packyard.model.PackageCoordinate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What a public registry knows about one package: its versions in the registry's order, and tags such as "latest". */
public record PackageListing(PackageCoordinate coordinate, List<UpstreamVersion> versions, Map<String, String> tags) {
    public PackageListing {
        Objects.requireNonNull(coordinate, "coordinate");
        versions = List.copyOf(versions);
        tags = Map.copyOf(tags);
    }

    public Optional<UpstreamVersion> version(String version) {
        return versions.stream().filter(v -> v.version().equals(version)).findFirst();
    }

    public List<String> versionNames() {
        return versions.stream().map(UpstreamVersion::version).toList();
    }
}
