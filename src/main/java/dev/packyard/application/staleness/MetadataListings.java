package dev.packyard.application.staleness;

import dev.packyard.application.catalog.RetainedVersions;
import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.upstream.metadata.CachedListing;
import dev.packyard.upstream.metadata.MetadataCache;
import dev.packyard.model.metadata.RevalidationResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** A domain's cached public-registry listings with what its repositories retain of each: the staleness table's query. */
public final class MetadataListings {
    /**
     * One cached listing.
     *
     * @param storeRepository  the domain's repository that holds the connection; empty when none does any more
     * @param problem          why the last refresh failed, when it did
     * @param retainedVersions versions of the package kept now in the domain's repositories that hold the connection
     */
    public record ListingState(ExternalConnection connection, PackageCoordinate coordinate, Optional<String> storeRepository,
                               Instant fetchedAt, Instant expiresAt, Optional<Instant> servingStaleSince,
                               Optional<String> problem, int upstreamVersions, int retainedVersions) {
    }

    /** Ends a subscription made with {@link #onChange}. */
    public interface Unsubscribe {
        void unsubscribe();
    }

    private record Subscriber(DomainId domain, Runnable changed) {
    }

    private final RepositoryService repositories;
    private final RetainedVersions retained;
    private final MetadataCache metadata;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    public MetadataListings(RepositoryService repositories, RetainedVersions retained, MetadataCache metadata) {
        this.repositories = repositories;
        this.retained = retained;
        this.metadata = metadata;
        metadata.addListener(changed -> subscribers.stream().filter(s -> s.domain().equals(changed.domain()))
                .forEach(s -> s.changed().run()));
    }

    /** Tells {@code changed}, on any thread, whenever a listing of the domain is fetched, refreshed or fails to. */
    public Unsubscribe onChange(DomainId domain, Runnable changed) {
        Subscriber subscriber = new Subscriber(domain, changed);
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    public List<ListingState> listings(DomainId domain) {
        Map<ExternalConnection, List<Repository>> stores = stores(domain);
        List<ListingState> out = new ArrayList<>();
        for (CachedListing l : metadata.entries(domain)) {
            out.add(state(l, stores.getOrDefault(l.connection(), List.of())));
        }
        return out;
    }

    /** Asks the registry now, whatever the cache policy; a registry failure is reported in the answer. */
    public ListingState refreshNow(DomainId domain, ExternalConnection connection, PackageCoordinate coordinate)
            throws Exception {
        CachedListing refreshed = metadata.refreshNow(domain, connection, coordinate);
        return state(refreshed, stores(domain).getOrDefault(connection, List.of()));
    }

    /** The domain's repositories that hold each external connection: where its fetched versions are retained. */
    private Map<ExternalConnection, List<Repository>> stores(DomainId domain) {
        return repositories.allInDomain(domain).stream().filter(r -> r.externalConnection().isPresent())
                .collect(Collectors.groupingBy(r -> r.externalConnection().get()));
    }

    /** The cache's own retained count is only updated when a package manager lists the package; this counts now. */
    private ListingState state(CachedListing l, List<Repository> stores) {
        PackageCoordinate coordinate = l.listing().coordinate();
        int kept = retained.across(stores.stream().map(Repository::id).toList(), coordinate);
        boolean failed = l.lastResult() == RevalidationResult.UNAVAILABLE || l.lastResult() == RevalidationResult.NOT_FOUND
                || l.lastResult() == RevalidationResult.FAILED;
        return new ListingState(l.connection(), coordinate, stores.stream().findFirst().map(Repository::name), l.fetchedAt(),
                l.expiresAt(), l.staleSince(), failed ? l.detail() : Optional.empty(), l.upstreamVersions(), kept);
    }
}
