package dev.packyard.application.fetch;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.service.error.PackageNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "Fetch a package" without a package manager: the version's first file, delivered into nothing, so the version is
 * retained as if a client had asked for it.
 */
public final class VersionFetch {
    /** What was fetched and where it came from. */
    public record Fetched(PackageCoordinate coordinate, String version, String file, VersionSource source) {
    }

    private final PackageFetchService fetch;

    public VersionFetch(PackageFetchService fetch) {
        this.fetch = fetch;
    }

    /** @param version empty for the newest listed version in the format's own order */
    public Fetched fetch(Repository repository, PackageCoordinate coordinate, Optional<String> version) throws IOException {
        PackageView view = fetch.view(repository, coordinate);
        List<AvailableVersion> versions = view.versions();
        AvailableVersion chosen = version.isEmpty()
                ? versions.stream().filter(AvailableVersion::listed)
                        .max(Comparator.comparing(AvailableVersion::version, coordinate.format().versionOrder()))
                        .orElse(versions.get(versions.size() - 1))
                : view.version(version.get()).orElseThrow(() -> new PackageNotFoundException(coordinate.displayName()
                        + " has no version " + version.get() + " in " + repository.name() + " or anything it reaches; it has "
                        + String.join(", ", versions.stream().map(AvailableVersion::version).toList())));
        if (chosen.assets().isEmpty()) {
            throw new PackageNotFoundException(coordinate.displayName() + " " + chosen.version() + " has no files to fetch");
        }
        String file = chosen.assets().get(0).name();
        VersionSource source = fetch.deliver(repository, coordinate, chosen.version(), file,
                (entry, from) -> OutputStream.nullOutputStream());
        return new Fetched(coordinate, chosen.version(), file, source);
    }
}
