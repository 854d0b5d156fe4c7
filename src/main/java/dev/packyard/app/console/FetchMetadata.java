package dev.packyard.app.console;

import dev.packyard.app.Backend;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.resolution.ResolutionStep;
import dev.packyard.service.visibility.PendingPersistence;
import dev.packyard.ui.packages.UpstreamMetadata;
import dev.packyard.upstream.metadata.CachedListing;
import dev.packyard.upstream.metadata.MetadataCache;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The metadata cache and pending persistence of a running Packyard, for the package screen. */
public final class FetchMetadata implements UpstreamMetadata {
    private final Backend backend;
    private final MetadataCache metadata;

    public FetchMetadata(Backend backend, MetadataCache metadata) {
        this.backend = backend;
        this.metadata = metadata;
    }

    @Override
    public List<Source> sources(RepositoryId repository, PackageCoordinate coordinate) {
        Repository repo = backend.repositories().describe(repository.domain().owner(), repository.domain().name(), repository.name());
        List<Source> out = new ArrayList<>();
        for (ResolutionStep step : backend.resolver().plan(repo, coordinate).externalSteps()) {
            ExternalConnection c = step.externalConnection().orElseThrow();
            int retained = backend.packageStore().listVersions(step.repository().id(), coordinate,
                    PackageStore.VersionFilter.NONE, PackageStore.VersionOrder.VERSION, null, Integer.MAX_VALUE).size();
            out.add(new Source(c, step.repository().name(),
                    metadata.cached(repository.domain(), c, coordinate).map(l -> withRetained(l, retained))));
        }
        return out;
    }

    /** The count the cache keeps is only updated when a package manager lists the package; the screen counts now. */
    private static CachedListing withRetained(CachedListing l, int retained) {
        return new CachedListing(l.domain(), l.connection(), l.listing(), l.fetchedAt(), l.expiresAt(), l.lastRevalidatedAt(),
                l.lastResult(), l.lastResultDetail(), l.servingStaleSince(), retained);
    }

    @Override
    public CachedListing refreshNow(RepositoryId repository, ExternalConnection connection, PackageCoordinate coordinate)
            throws Exception {
        return metadata.refreshNow(repository.domain(), connection, coordinate);
    }

    @Override
    public List<PendingPersistence> pending(RepositoryId repository, PackageCoordinate coordinate) {
        return backend.visibility().pending().stream()
                .filter(p -> p.coordinate().equals(coordinate) && p.version().repository().domain().equals(repository.domain()))
                .sorted(Comparator.comparing(PendingPersistence::visibleAt))
                .toList();
    }
}
