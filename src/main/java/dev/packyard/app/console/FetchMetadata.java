package dev.packyard.app.console;

import dev.packyard.application.fetch.CachedSources;
import dev.packyard.application.fetch.PendingFetches;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.service.visibility.PendingPersistence;
import dev.packyard.ui.packages.UpstreamMetadata;
import dev.packyard.model.metadata.ListingStaleness;
import dev.packyard.upstream.metadata.CachedListing;
import java.util.List;

/** The package screen's port onto the fetch use case's cached sources and pending versions. */
public final class FetchMetadata implements UpstreamMetadata {
    private final RepositoryService repositories;
    private final CachedSources sources;
    private final PendingFetches pending;

    public FetchMetadata(RepositoryService repositories, CachedSources sources, PendingFetches pending) {
        this.repositories = repositories;
        this.sources = sources;
        this.pending = pending;
    }

    @Override
    public List<Source> sources(RepositoryId repository, PackageCoordinate coordinate) {
        return sources.of(describe(repository), coordinate).stream()
                .map(s -> new Source(s.connection(), s.viaRepository(), s.listing().map(CachedListing::staleness))).toList();
    }

    @Override
    public ListingStaleness refreshNow(RepositoryId repository, ExternalConnection connection, PackageCoordinate coordinate)
            throws Exception {
        return sources.refreshNow(describe(repository), connection, coordinate).staleness();
    }

    @Override
    public List<PendingPersistence> pending(RepositoryId repository, PackageCoordinate coordinate) {
        return pending.byVisibility(repository.domain(), coordinate);
    }

    private Repository describe(RepositoryId repository) {
        return repositories.describe(repository.domain().owner(), repository.domain().name(), repository.name());
    }
}
