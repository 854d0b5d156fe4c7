package dev.packyard.application.fetch;

import dev.packyard.model.PackageVersionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A version a package manager can get through a repository. {@code from} names the repository that retains it, or
 * the external connection it comes through.
 */
public record AvailableVersion(String version, VersionSource source, String from, PackageVersionStatus status,
                               Optional<Instant> publishedTime, List<AssetEntry> assets) {
    public AvailableVersion {
        assets = List.copyOf(assets);
    }

    /** Whether package managers should see it in version lists (Unlisted versions stay downloadable by exact version). */
    public boolean listed() {
        return status.listedToClients();
    }
}
