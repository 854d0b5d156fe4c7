package dev.packyard.app.console;

import dev.packyard.app.Backend;
import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.Repository;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.ui.common.Pages;
import dev.packyard.ui.common.Feed;
import dev.packyard.ui.staleness.DomainListings;
import dev.packyard.upstream.metadata.CachedListing;
import dev.packyard.upstream.metadata.MetadataCache;
import dev.packyard.upstream.metadata.RevalidationResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The metadata cache of a running Packyard, domain by domain, for the console's staleness table. */
public final class DomainMetadataListings implements DomainListings {
    private final Backend backend;
    private final MetadataCache metadata;

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    private record Subscriber(DomainId domain, Runnable changed) {
    }

    public DomainMetadataListings(Backend backend, MetadataCache metadata) {
        this.backend = backend;
        this.metadata = metadata;
        metadata.addListener(changed -> subscribers.stream().filter(s -> s.domain().equals(changed.domain()))
                .forEach(s -> s.changed().run()));
    }

    @Override
    public Feed.Subscription onChange(DomainId domain, Runnable changed) {
        Subscriber subscriber = new Subscriber(domain, changed);
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    @Override
    public List<Listing> listings(DomainId domain) {
        Map<ExternalConnection, List<Repository>> stores = stores(domain);
        List<Listing> out = new ArrayList<>();
        for (CachedListing l : metadata.entries(domain)) {
            out.add(listing(l, stores.getOrDefault(l.connection(), List.of())));
        }
        return out;
    }

    @Override
    public Listing refreshNow(DomainId domain, ExternalConnection connection, PackageCoordinate coordinate) throws Exception {
        CachedListing refreshed = metadata.refreshNow(domain, connection, coordinate);
        return listing(refreshed, stores(domain).getOrDefault(connection, List.of()));
    }

    /** The domain's repositories that hold each external connection: where its fetched versions are retained. */
    private Map<ExternalConnection, List<Repository>> stores(DomainId domain) {
        return Pages.all(token -> backend.repositories().listInDomain(domain.owner(), domain.name(), null, null, 100, token))
                .stream().filter(r -> r.externalConnection().isPresent())
                .collect(Collectors.groupingBy(r -> r.externalConnection().get()));
    }

    /**
     * The cache's own retained count is only updated when a package manager lists the package; the table counts the
     * versions kept in the connection's repositories now.
     */
    private Listing listing(CachedListing l, List<Repository> stores) {
        PackageCoordinate coordinate = l.listing().coordinate();
        Set<String> retained = new HashSet<>();
        for (Repository store : stores) {
            backend.packageStore().listVersions(store.id(), coordinate, PackageStore.VersionFilter.NONE,
                    PackageStore.VersionOrder.VERSION, null, Integer.MAX_VALUE).stream()
                    .map(PackageVersion::version).forEach(retained::add);
        }
        boolean failed = l.lastResult() == RevalidationResult.UNAVAILABLE || l.lastResult() == RevalidationResult.NOT_FOUND
                || l.lastResult() == RevalidationResult.FAILED;
        return new Listing(l.connection(), coordinate, stores.stream().findFirst().map(Repository::name), l.fetchedAt(),
                l.expiresAt(), l.staleSince(), failed ? l.detail() : Optional.empty(), l.upstreamVersions(), retained.size());
    }
}
