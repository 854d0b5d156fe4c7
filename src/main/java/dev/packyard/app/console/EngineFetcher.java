package dev.packyard.app.console;

import dev.packyard.application.fetch.VersionFetch;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.ui.repositories.PackageFetcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The console's "Fetch a package…" port onto the fetch use case, worded for the status line. */
public final class EngineFetcher implements PackageFetcher {
    private final RepositoryService repositories;
    private final VersionFetch versions;
    private final Executor downloads;

    /** @param downloads runs the downloads (the fetch use case's task queue bounds how many fetch at once) */
    public EngineFetcher(RepositoryService repositories, VersionFetch versions, Executor downloads) {
        this.repositories = repositories;
        this.versions = versions;
        this.downloads = downloads;
    }

    @Override
    public CompletableFuture<String> fetch(RepositoryId repositoryId, PackageCoordinate coordinate, String version) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return fetchNow(repositoryId, coordinate, version);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }, downloads);
    }

    private String fetchNow(RepositoryId repositoryId, PackageCoordinate coordinate, String version) throws IOException {
        Repository repository = repositories.describe(repositoryId.domain().owner(), repositoryId.domain().name(),
                repositoryId.name());
        VersionFetch.Fetched fetched = versions.fetch(repository, coordinate,
                Optional.ofNullable(version).filter(v -> !v.isBlank()));
        return coordinate.displayName() + " " + fetched.version() + " (" + fetched.file() + ") " + switch (fetched.source()) {
            case UPSTREAM -> "fetched from the public registry; it becomes visible after the persistence delay";
            case PENDING -> "served from the copy waiting for persistence";
            case RETAINED -> "served from a repository that retains it";
        };
    }
}
