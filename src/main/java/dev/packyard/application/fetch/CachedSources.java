package dev.packyard.application.fetch;

import dev.packyard.application.catalog.RetainedVersions;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.service.resolution.ResolutionStep;
import dev.packyard.service.resolution.UpstreamResolver;
import dev.packyard.upstream.metadata.CachedListing;
import dev.packyard.upstream.metadata.MetadataCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The external connections on a repository's resolution path with what the metadata cache holds of the package for
 * each, read without asking any registry: the package screen's "public registries" part.
 */
public final class CachedSources {
    /** One external connection on the path, the repository that holds it, and its cached listing if any. */
    public record CachedSource(ExternalConnection connection, String viaRepository, Optional<CachedListing> listing) {
    }

    private final UpstreamResolver resolver;
    private final RetainedVersions retained;
    private final MetadataCache metadata;

    public CachedSources(UpstreamResolver resolver, RetainedVersions retained, MetadataCache metadata) {
        this.resolver = resolver;
        this.retained = retained;
        this.metadata = metadata;
    }

    public List<CachedSource> of(Repository repository, PackageCoordinate coordinate) {
        List<CachedSource> out = new ArrayList<>();
        for (ResolutionStep step : resolver.plan(repository, coordinate).externalSteps()) {
            ExternalConnection c = step.externalConnection().orElseThrow();
            int kept = retained.in(step.repository().id(), coordinate);
            out.add(new CachedSource(c, step.repository().name(),
                    metadata.cached(repository.domain(), c, coordinate).map(l -> withRetained(l, kept))));
        }
        return out;
    }

    /** Asks the registry now, whatever the cache policy; throws what the registry's failure was. */
    public CachedListing refreshNow(Repository repository, ExternalConnection connection, PackageCoordinate coordinate)
            throws Exception {
        return metadata.refreshNow(repository.domain(), connection, coordinate);
    }

    /** The count the cache keeps is only updated when a package manager lists the package; the screen counts now. */
    private static CachedListing withRetained(CachedListing l, int retained) {
        return new CachedListing(l.domain(), l.connection(), l.listing(), l.fetchedAt(), l.expiresAt(), l.lastRevalidatedAt(),
                l.lastResult(), l.lastResultDetail(), l.servingStaleSince(), retained);
    }
}
