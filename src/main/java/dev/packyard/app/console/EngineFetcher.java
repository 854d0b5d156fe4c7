package dev.packyard.app.console;

import dev.packyard.app.Backend;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.model.RepositoryId;
import dev.packyard.ui.repositories.PackageFetcher;
import dev.packyard.upstream.fetch.AvailableVersion;
import dev.packyard.upstream.fetch.FetchEngine;
import dev.packyard.upstream.fetch.PackageNotFoundException;
import dev.packyard.upstream.fetch.PackageView;
import dev.packyard.upstream.fetch.VersionSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.List;

/** The console's "Fetch a package…" over the fetch engine: the version's first file, delivered into nothing. */
public final class EngineFetcher implements PackageFetcher {
    private final Backend backend;
    private final FetchEngine engine;
    private final Executor downloads;

    /** @param downloads runs the downloads (the engine's task queue bounds how many fetch at once) */
    public EngineFetcher(Backend backend, FetchEngine engine, Executor downloads) {
        this.backend = backend;
        this.engine = engine;
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
        Repository repository = backend.repositories().describe(repositoryId.domain().owner(), repositoryId.domain().name(),
                repositoryId.name());
        PackageView view = engine.view(repository, coordinate);
        List<AvailableVersion> versions = view.versions();
        AvailableVersion chosen = version == null || version.isBlank()
                ? versions.stream().filter(AvailableVersion::listed)
                        .max(Comparator.comparing(AvailableVersion::version, coordinate.format().versionOrder()))
                        .orElse(versions.get(versions.size() - 1))
                : view.version(version).orElseThrow(() -> new PackageNotFoundException(coordinate.displayName() + " has no version "
                        + version + " in " + repository.name() + " or anything it reaches; it has "
                        + String.join(", ", versions.stream().map(AvailableVersion::version).toList())));
        if (chosen.assets().isEmpty()) {
            throw new PackageNotFoundException(coordinate.displayName() + " " + chosen.version() + " has no files to fetch");
        }
        String file = chosen.assets().get(0).name();
        VersionSource source = engine.deliver(repository, coordinate, chosen.version(), file,
                (entry, from) -> OutputStream.nullOutputStream());
        return coordinate.displayName() + " " + chosen.version() + " (" + file + ") " + switch (source) {
            case UPSTREAM -> "fetched from the public registry; it becomes visible after the persistence delay";
            case PENDING -> "served from the copy waiting for persistence";
            case RETAINED -> "served from a repository that retains it";
        };
    }
}
