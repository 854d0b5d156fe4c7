package dev.packyard.ui.repositories;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.RepositoryId;
import java.util.concurrent.CompletableFuture;

/**
 * "Fetch a package…": gets one file of a version through a repository exactly as a package manager's download
 * would (resolution, public registry, persistence), throwing the bytes away, so fetch progress, persistence latency
 * and outages can be watched without a package manager. Runs on its own threads: a slow download must not hold up
 * the console's other service calls.
 */
public interface PackageFetcher {
    /** Fetches {@code version} (the newest one when blank) and says what was fetched from where. */
    CompletableFuture<String> fetch(RepositoryId repository, PackageCoordinate coordinate, String version);

    default boolean available() {
        return true;
    }

    static PackageFetcher none() {
        return new PackageFetcher() {
            @Override
            public CompletableFuture<String> fetch(RepositoryId repository, PackageCoordinate coordinate, String version) {
                return CompletableFuture.failedFuture(new IllegalStateException("this console has no fetch engine"));
            }

            @Override
            public boolean available() {
                return false;
            }
        };
    }
}
