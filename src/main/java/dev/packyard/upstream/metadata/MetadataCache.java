package dev.packyard.upstream.metadata;

import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.service.persistence.MetadataCacheStore;
import dev.packyard.upstream.FailureKind;
import dev.packyard.upstream.NotFoundUpstreamException;
import dev.packyard.upstream.PackageListing;
import dev.packyard.upstream.RegistryClient;
import dev.packyard.upstream.UpstreamException;
import dev.packyard.upstream.UpstreamUnavailableException;
import dev.packyard.upstream.timing.MetadataPolicy;
import dev.packyard.upstream.timing.TimingProfile;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A domain's cache of upstream package listings, with CodeArtifact's policy: npm and NuGet listings are
 * synchronised in the background every few minutes; PyPI and Maven listings live for hours and are refreshed
 * lazily, the first request after expiry still getting the old listing while it triggers the import. A refresh
 * that fails because the registry is unavailable keeps the old listing in service and records since when.
 */
public final class MetadataCache {
    private static final int SYNC_BATCH = 500;
    private static final int RECENT_ENTRIES = 1000;

    private final MetadataCacheStore store;
    private final Supplier<TimingProfile> timing;
    private final Clock clock;
    private final Executor refresher;
    private final Function<ExternalConnection, Optional<RegistryClient>> clients;
    private final Set<Key> refreshing = ConcurrentHashMap.newKeySet();
    private final RecentListings<Key> recent = new RecentListings<>(RECENT_ENTRIES);
    private final List<Consumer<CachedListing>> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param clients   the (health-guarded) client of each connection that has an endpoint
     * @param refresher runs the refreshes triggered by requests; a direct executor makes them happen in line
     */
    public MetadataCache(MetadataCacheStore store, TimingProfile timing, Clock clock, Executor refresher,
                         Function<ExternalConnection, Optional<RegistryClient>> clients) {
        this(store, () -> timing, clock, refresher, clients);
    }

    /** As above, with the timing read at each use, so a running Packyard can be sped up. */
    public MetadataCache(MetadataCacheStore store, Supplier<TimingProfile> timing, Clock clock, Executor refresher,
                         Function<ExternalConnection, Optional<RegistryClient>> clients) {
        this.store = store;
        this.timing = timing;
        this.clock = clock;
        this.refresher = refresher;
        this.clients = clients;
    }

    /** Told of every change to a cached listing (fetched, refreshed, failed), for the console. */
    public void addListener(Consumer<CachedListing> listener) {
        listeners.add(listener);
    }

    /**
     * The listing to answer a package manager with. The first request for a package fetches it (and fails if the
     * registry cannot be asked); later requests are answered from the cache as the format's policy says.
     */
    public CachedListing listing(DomainId domain, ExternalConnection connection, PackageCoordinate coordinate)
            throws UpstreamException {
        Key key = key(domain, connection, coordinate);
        Optional<CachedListing> cached = load(key);
        if (cached.isEmpty()) {
            return fetchFirst(key);
        }
        CachedListing entry = cached.get();
        Instant now = clock.instant();
        if (!entry.expired(now)) {
            return entry;
        }
        if (recentlyFailed(entry, now)) {
            return entry;
        }
        MetadataPolicy policy = policy(key);
        if (policy.mode() == MetadataPolicy.Mode.LAZY && !policy.serveStaleWhileRefreshing()) {
            return refresh(key, entry);
        }
        refreshInBackground(key, entry);
        return entry;
    }

    /** The cached listing, without any fetching or refreshing. */
    public Optional<CachedListing> cached(DomainId domain, ExternalConnection connection, PackageCoordinate coordinate) {
        return load(key(domain, connection, coordinate));
    }

    /** Every cached listing of the domain, for the staleness view. */
    public List<CachedListing> entries(DomainId domain) {
        List<CachedListing> out = new ArrayList<>();
        for (MetadataCacheStore.Entry e : store.listInDomain(domain)) {
            ExternalConnection.byName(e.connectionName()).ifPresent(c -> out.add(fromEntry(c, e)));
        }
        return out;
    }

    /** "Refresh this package now": a refresh in line, whatever the policy; the result says how it went. */
    public CachedListing refreshNow(DomainId domain, ExternalConnection connection, PackageCoordinate coordinate)
            throws UpstreamException {
        Key key = key(domain, connection, coordinate);
        Optional<CachedListing> cached = load(key);
        return cached.isEmpty() ? fetchFirst(key) : refresh(key, cached.get());
    }

    /**
     * The background synchronisation of npm and NuGet listings: refreshes those whose interval has passed. The
     * engine's scheduler calls it every few seconds; returns how many listings were refreshed.
     */
    public int synchroniseDue() {
        int refreshed = 0;
        Instant now = clock.instant();
        for (MetadataCacheStore.Entry e : store.listExpiringBy(now, SYNC_BATCH)) {
            Optional<ExternalConnection> connection = ExternalConnection.byName(e.connectionName());
            if (connection.isEmpty() || timing.get().metadataPolicy(e.coordinate().format()).mode() != MetadataPolicy.Mode.SYNCHRONISED) {
                continue;
            }
            CachedListing entry = fromEntry(connection.get(), e);
            Key key = new Key(e.domain(), connection.get(), e.coordinate());
            if (!recentlyFailed(entry, now) && refreshing.add(key)) {
                try {
                    refresh(key, entry);
                    refreshed++;
                } finally {
                    refreshing.remove(key);
                }
            }
        }
        return refreshed;
    }

    /** Records how many of the listed versions the caller retains locally (shown as "retained / upstream"). */
    public void noteRetained(DomainId domain, ExternalConnection connection, PackageCoordinate coordinate, int retainedVersions) {
        Key key = key(domain, connection, coordinate);
        Optional<CachedListing> current = load(key);
        // Every package request reports the count; only a change is worth a database write and a notification.
        if (current.isEmpty() || current.get().retainedVersions() == retainedVersions) {
            return;
        }
        if (store.updateRetainedCount(domain, connection.connectionName(), coordinate, retainedVersions)) {
            recent.remove(key);
            load(key).ifPresent(this::announce);
        }
    }

    /** Drops the in-memory copies of a deleted domain's listings (the database rows go with the domain). */
    public void forgetDomain(DomainId domain) {
        recent.removeIf(k -> k.domain().equals(domain));
    }

    public void forget(DomainId domain, ExternalConnection connection, PackageCoordinate coordinate) {
        recent.remove(key(domain, connection, coordinate));
        store.delete(domain, connection.connectionName(), coordinate);
    }

    private CachedListing fetchFirst(Key key) throws UpstreamException {
        PackageListing listing = client(key).fetchListing(key.coordinate());
        Instant now = clock.instant();
        CachedListing entry = new CachedListing(key.domain(), key.connection(), listing, now, now.plus(policy(key).lifetime()), now,
                RevalidationResult.FETCHED, null, null, 0);
        save(entry);
        return entry;
    }

    /**
     * While a registry is failing, a stale listing is retried at most once per first-probe delay, so an outage does
     * not turn every request and every synchronisation round into a refresh attempt and a database write.
     */
    private boolean recentlyFailed(CachedListing entry, Instant now) {
        return entry.lastResult() == RevalidationResult.UNAVAILABLE && entry.lastRevalidatedAt() != null
                && now.isBefore(entry.lastRevalidatedAt().plus(timing.get().firstProbeDelay()));
    }

    private void refreshInBackground(Key key, CachedListing entry) {
        if (!refreshing.add(key)) {
            return;
        }
        try {
            refresher.execute(() -> {
                try {
                    refresh(key, entry);
                } finally {
                    refreshing.remove(key);
                }
            });
        } catch (RuntimeException rejected) {
            refreshing.remove(key);
        }
    }

    /** Never throws for registry trouble: the outcome is recorded on the entry, which keeps serving. */
    private CachedListing refresh(Key key, CachedListing entry) {
        Instant now = clock.instant();
        CachedListing updated;
        try {
            Optional<PackageListing> changed = client(key).revalidate(entry.listing());
            if (changed.isEmpty()) {
                updated = entry.withListing(entry.listing(), now, now.plus(policy(key).lifetime()), RevalidationResult.UNCHANGED)
                        .withDetail("the registry answered 304 Not Modified");
            } else {
                RevalidationResult result = changed.get().sameContent(entry.listing())
                        ? RevalidationResult.UNCHANGED : RevalidationResult.CHANGED;
                updated = entry.withListing(changed.get(), now, now.plus(policy(key).lifetime()), result);
            }
        } catch (NotFoundUpstreamException e) {
            updated = entry.withExpiry(now, now.plus(policy(key).lifetime()), RevalidationResult.NOT_FOUND, e.getMessage());
        } catch (UpstreamException e) {
            Instant staleSince = entry.staleSince().orElse(now);
            updated = entry.withFailure(now, RevalidationResult.UNAVAILABLE, e.getMessage(), staleSince);
        }
        save(updated);
        return updated;
    }

    private RegistryClient client(Key key) throws UpstreamUnavailableException {
        String name = key.connection().connectionName();
        return clients.apply(key.connection()).orElseThrow(() -> new UpstreamUnavailableException(FailureKind.FAIL_FAST, null,
                name + " has no endpoint: set one with --upstream " + name + "=URL or in the console's External connections screen",
                null, null, null));
    }

    private MetadataPolicy policy(Key key) {
        return timing.get().metadataPolicy(key.coordinate().format());
    }

    private Optional<CachedListing> load(Key key) {
        Optional<CachedListing> memo = recent.get(key);
        if (memo.isPresent()) {
            return memo;
        }
        Optional<CachedListing> loaded = store.find(key.domain(), key.connection().connectionName(), key.coordinate())
                .map(e -> fromEntry(key.connection(), e));
        loaded.ifPresent(this::remember);
        return loaded;
    }

    private void remember(CachedListing entry) {
        recent.put(new Key(entry.domain(), entry.connection(), entry.listing().coordinate()), entry);
    }

    private void save(CachedListing entry) {
        store.save(new MetadataCacheStore.Entry(entry.domain(), entry.connection().connectionName(), entry.listing().coordinate(),
                ListingCodec.write(entry.listing()), entry.fetchedAt(), entry.expiresAt(), entry.lastRevalidatedAt(),
                entry.lastResult().name(), entry.lastResultDetail(), entry.servingStaleSince(), entry.upstreamVersions(),
                entry.retainedVersions()));
        remember(entry);
        announce(entry);
    }

    private void announce(CachedListing entry) {
        listeners.forEach(l -> l.accept(entry));
    }

    private static CachedListing fromEntry(ExternalConnection connection, MetadataCacheStore.Entry e) {
        RevalidationResult result;
        try {
            result = RevalidationResult.valueOf(e.lastResult());
        } catch (IllegalArgumentException unknown) {
            result = RevalidationResult.UNCHANGED;
        }
        return new CachedListing(e.domain(), connection, ListingCodec.read(e.coordinate(), e.listingJson()), e.fetchedAt(),
                e.expiresAt(), e.lastRevalidatedAt(), result, e.lastResultDetail(), e.servingStaleSince(), e.retainedVersions());
    }

    private static Key key(DomainId domain, ExternalConnection connection, PackageCoordinate coordinate) {
        if (connection.format() != coordinate.format()) {
            throw new IllegalArgumentException(connection.connectionName() + " serves " + connection.format().wireName()
                    + " packages, not " + coordinate);
        }
        return new Key(domain, connection, coordinate);
    }

    private record Key(DomainId domain, ExternalConnection connection, PackageCoordinate coordinate) {
    }
}
