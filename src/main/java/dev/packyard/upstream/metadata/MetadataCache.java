package dev.packyard.upstream.metadata;

import dev.packyard.model.metadata.RevalidationResult;
import dev.packyard.model.Hashes;
import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.service.persistence.MetadataCacheStore;
import dev.packyard.upstream.DocumentBody;
import dev.packyard.upstream.FailureKind;
import dev.packyard.upstream.ListingDocument;
import dev.packyard.upstream.NotFoundUpstreamException;
import dev.packyard.upstream.PackageListing;
import dev.packyard.upstream.RegistryClient;
import dev.packyard.upstream.UpstreamFormats;
import dev.packyard.upstream.UpstreamException;
import dev.packyard.upstream.UpstreamUnavailableException;
import dev.packyard.model.metadata.MetadataPolicy;
import dev.packyard.upstream.timing.TimingProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.function.Supplier;

/**
 * A domain's cache of upstream package listings, with CodeArtifact's policy: npm and NuGet listings are
 * synchronised in the background every few minutes; PyPI and Maven listings live for hours and are refreshed
 * lazily, the first request after expiry still getting the old listing while it triggers the import. A refresh
 * that fails because the registry is unavailable keeps the old listing in service and records since when.
 *
 * <p>A listing that cannot be refreshed (registry failure or a fault of its own) never holds up the others: its
 * failure is recorded on it with the reason, it is retried later and later (backing off with the age of the
 * failure), and the log says so once when it starts failing and once when it recovers. A refresh writes only what
 * changed: the small state row always, the listing and the document pieces only when they differ.
 */
public final class MetadataCache {
    private static final Logger LOG = LoggerFactory.getLogger(MetadataCache.class);
    private static final int SYNC_BATCH = 500;
    /** How many versions the parsed listings kept in memory may hold together (about 0.5 KB each). */
    private static final long RECENT_VERSIONS = 50_000;

    private final MetadataCacheStore store;
    private final Supplier<TimingProfile> timing;
    private final Clock clock;
    private final Executor refresher;
    private final Function<ExternalConnection, Optional<RegistryClient>> clients;
    private final UpstreamFormats formats;
    private final Set<Key> refreshing = ConcurrentHashMap.newKeySet();
    private final RecentListings<Key> recent = new RecentListings<>(RECENT_VERSIONS);
    private final List<Consumer<CachedListing>> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param clients   the (health-guarded) client of each connection that has an endpoint
     * @param formats   the format plug-ins' listing styles (synchronised or lazy)
     * @param refresher runs the refreshes triggered by requests; a direct executor makes them happen in line
     */
    public MetadataCache(MetadataCacheStore store, TimingProfile timing, Clock clock, Executor refresher,
                         Function<ExternalConnection, Optional<RegistryClient>> clients, UpstreamFormats formats) {
        this(store, () -> timing, clock, refresher, clients, formats);
    }

    /** As above, with the timing read at each use, so a running Packyard can be sped up. */
    public MetadataCache(MetadataCacheStore store, Supplier<TimingProfile> timing, Clock clock, Executor refresher,
                         Function<ExternalConnection, Optional<RegistryClient>> clients, UpstreamFormats formats) {
        this.formats = formats;
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
            Optional<ExternalConnection> connection = ExternalConnection.byName(e.connectionName());
            if (connection.isEmpty()) {
                continue;
            }
            try {
                out.add(fromEntry(connection.get(), e));
            } catch (RuntimeException unreadable) {
                // Shown with its reason and no versions, so the screen says which listing is broken and why.
                Instant staleSince = e.servingStaleSince() == null ? e.fetchedAt() : e.servingStaleSince();
                out.add(new CachedListing(e.domain(), connection.get(), new PackageListing(e.coordinate(), List.of(), Map.of()),
                        e.fetchedAt(), e.expiresAt(), e.lastRevalidatedAt(), RevalidationResult.FAILED, reason(unreadable),
                        staleSince, e.retainedVersions()));
            }
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
        for (MetadataCacheStore.Key due : store.listDueBy(now, synchronisedFormats(), SYNC_BATCH)) {
            Optional<ExternalConnection> connection = ExternalConnection.byName(due.connectionName());
            if (connection.isEmpty()) {
                continue;
            }
            Key key = new Key(due.domain(), connection.get(), due.coordinate());
            if (!refreshing.add(key)) {
                continue;
            }
            try {
                Optional<CachedListing> entry = loadOrThrow(key);
                if (entry.isPresent() && !recentlyFailed(entry.get(), now)) {
                    refresh(key, entry.get());
                    refreshed++;
                }
            } catch (RuntimeException fault) {
                recordFault(key, fault);
            } finally {
                refreshing.remove(key);
            }
        }
        return refreshed;
    }

    private Set<PackageFormat> synchronisedFormats() {
        Set<PackageFormat> synchronised = EnumSet.noneOf(PackageFormat.class);
        for (PackageFormat f : PackageFormat.values()) {
            if (formats.listings(f) == MetadataPolicy.Mode.SYNCHRONISED) {
                synchronised.add(f);
            }
        }
        return synchronised;
    }

    /**
     * A refresh that failed inside Packyard (not the registry): recorded on the row with its reason and retried after
     * a back-off, so it is neither retried every round nor in the way of the listings behind it.
     */
    private void recordFault(Key key, RuntimeException fault) {
        Instant now = clock.instant();
        Optional<MetadataCacheStore.Entry> row;
        try {
            row = store.find(key.domain(), key.connection().connectionName(), key.coordinate());
        } catch (RuntimeException unreadable) {
            row = Optional.empty();
        }
        if (row.isEmpty()) {
            LOG.warn("The cached listing of {} could not be refreshed: {}", key.coordinate().displayName(), reason(fault));
            return;
        }
        MetadataCacheStore.Entry e = row.get();
        Instant staleSince = e.servingStaleSince() == null ? now : e.servingStaleSince();
        String why = reason(fault);
        if (!RevalidationResult.FAILED.name().equals(e.lastResult())) {
            LOG.warn("The cached listing of {} from {} cannot be refreshed; it is served as it is and retried later: {}",
                    key.coordinate().displayName(), key.connection().connectionName(), reason(fault));
            LOG.debug("Refresh fault of {}", key.coordinate().displayName(), fault);
        }
        store.updateState(e.key(), new MetadataCacheStore.State(e.fetchedAt(), now.plus(backOff(key, staleSince, now)), now,
                RevalidationResult.FAILED.name(), why, staleSince, e.upstreamVersions()));
        recent.remove(key);
    }

    private static String reason(Throwable fault) {
        Throwable root = fault;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = fault.getMessage() == null ? fault.getClass().getSimpleName() : fault.getMessage();
        return root == fault || root.getMessage() == null ? message : message + " (" + root.getMessage() + ")";
    }

    /** The wait before a failing listing is tried again: as long as it has been failing, within the probe delay and its lifetime. */
    private Duration backOff(Key key, Instant failingSince, Instant now) {
        Duration failing = Duration.between(failingSince, now);
        Duration lifetime = policy(key).lifetime();
        Duration capped = failing.compareTo(lifetime) > 0 ? lifetime : failing;
        return capped.compareTo(timing.get().firstProbeDelay()) < 0 ? timing.get().firstProbeDelay() : capped;
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
        return save(entry, Optional.empty());
    }

    /**
     * While a registry is failing, a stale listing is retried at most once per first-probe delay, so an outage does
     * not turn every request and every synchronisation round into a refresh attempt and a database write.
     */
    private boolean recentlyFailed(CachedListing entry, Instant now) {
        return (entry.lastResult() == RevalidationResult.UNAVAILABLE || entry.lastResult() == RevalidationResult.FAILED)
                && entry.lastRevalidatedAt() != null
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
                } catch (RuntimeException fault) {
                    recordFault(key, fault);
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
                updated = entry.withListing(entry.listing(), now, now.plus(policy(key).lifetime()), RevalidationResult.REVALIDATED)
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
            // Retried after the first-probe delay (see recentlyFailed): while the registry is out, its breaker answers at once.
            updated = entry.withFailure(now, entry.expiresAt(), RevalidationResult.UNAVAILABLE, e.getMessage(), staleSince);
            if (!failing(entry)) {
                LOG.warn("Refreshing {} from {} failed; the cached listing is served until it answers: {}",
                        key.coordinate().displayName(), key.connection().connectionName(), e.getMessage());
            }
        }
        if (failing(entry) && !failing(updated)) {
            LOG.info("The cached listing of {} from {} is refreshed again ({})", key.coordinate().displayName(),
                    key.connection().connectionName(), updated.lastResult().name().toLowerCase(java.util.Locale.ROOT));
        }
        return save(updated, Optional.of(entry));
    }

    private static boolean failing(CachedListing entry) {
        return entry.lastResult() == RevalidationResult.UNAVAILABLE || entry.lastResult() == RevalidationResult.FAILED;
    }

    private RegistryClient client(Key key) throws UpstreamUnavailableException {
        String name = key.connection().connectionName();
        return clients.apply(key.connection()).orElseThrow(() -> new UpstreamUnavailableException(FailureKind.FAIL_FAST, null,
                name + " has no endpoint: set one with --upstream " + name + "=URL or in the console's External connections screen",
                null, null, null));
    }

    private MetadataPolicy policy(Key key) {
        return formats.metadataPolicy(key.coordinate().format(), timing.get());
    }

    private Optional<CachedListing> load(Key key) {
        try {
            return loadOrThrow(key);
        } catch (RuntimeException unreadable) {
            // For a request, a row that cannot be read is fetched afresh (and overwritten), never answered with an error.
            LOG.warn("The cached listing of {} is not readable and will be fetched again: {}", key.coordinate().displayName(),
                    reason(unreadable));
            return Optional.empty();
        }
    }

    /** The listing, from memory or the store; a stored row that cannot be read throws. */
    private Optional<CachedListing> loadOrThrow(Key key) {
        Optional<CachedListing> memo = recent.get(key);
        if (memo.isPresent()) {
            return memo;
        }
        Optional<CachedListing> loaded = store.find(key.domain(), key.connection().connectionName(), key.coordinate())
                .map(row -> fromEntry(key.connection(), row));
        loaded.ifPresent(this::remember);
        return loaded;
    }

    private void remember(CachedListing entry) {
        recent.put(new Key(entry.domain(), entry.connection(), entry.listing().coordinate()), entry, entry.upstreamVersions());
    }

    /**
     * Persists what changed since {@code previous}: only the state columns when the listing and its document are the
     * same, otherwise the listing and the document pieces whose hashes differ. Returns the entry as now stored, whose
     * document is read from the store on demand (so the copy kept in memory does not hold the document).
     */
    private CachedListing save(CachedListing entry, Optional<CachedListing> previous) {
        MetadataCacheStore.Key storeKey = new MetadataCacheStore.Key(entry.domain(), entry.connection().connectionName(),
                entry.listing().coordinate());
        PackageListing listing = entry.listing();
        boolean fromStore = listing.document().map(d -> d.body() instanceof StoredDocument).orElse(true);
        boolean sameListing = previous.isPresent() && previous.get().listing().sameContent(listing)
                && sameHeader(previous.get().listing().document(), listing.document()) && storedAsPieces(previous.get());
        Map<String, MetadataCacheStore.Piece> changed = new LinkedHashMap<>();
        Set<String> removed = new HashSet<>();
        if (!fromStore) {
            DocumentBody body = listing.document().orElseThrow().body();
            Map<String, String> stored = store.pieceHashes(storeKey);
            removed.addAll(stored.keySet());
            for (String name : body.pieceNames()) {
                removed.remove(name);
                byte[] bytes = body.piece(name).orElseThrow();
                String hash = sha256(bytes);
                if (!hash.equals(stored.get(name))) {
                    changed.put(name, new MetadataCacheStore.Piece(hash, bytes));
                }
            }
        }
        if (sameListing && changed.isEmpty() && removed.isEmpty()) {
            store.updateState(storeKey, new MetadataCacheStore.State(entry.fetchedAt(), entry.expiresAt(), entry.lastRevalidatedAt(),
                    entry.lastResult().name(), entry.lastResultDetail(), entry.servingStaleSince(), entry.upstreamVersions()));
        } else {
            store.save(new MetadataCacheStore.Entry(entry.domain(), entry.connection().connectionName(), listing.coordinate(),
                    ListingCodec.write(listing), entry.fetchedAt(), entry.expiresAt(), entry.lastRevalidatedAt(),
                    entry.lastResult().name(), entry.lastResultDetail(), entry.servingStaleSince(), entry.upstreamVersions(),
                    entry.retainedVersions()), changed, removed);
        }
        CachedListing stored = fromStore ? entry : entry.withListingDocument(listing.document().map(d -> d.withBody(
                new StoredDocument(store, storeKey, d.body().splitByVersion()))).orElseThrow());
        remember(stored);
        announce(stored);
        return stored;
    }

    private static boolean storedAsPieces(CachedListing entry) {
        return entry.listing().document().map(d -> d.body() instanceof StoredDocument).orElse(true);
    }

    private static boolean sameHeader(Optional<ListingDocument> a, Optional<ListingDocument> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        ListingDocument x = a.get();
        ListingDocument y = b.get();
        return x.mediaType().equals(y.mediaType()) && x.url().equals(y.url()) && x.etag().equals(y.etag())
                && x.lastModified().equals(y.lastModified()) && x.body().splitByVersion() == y.body().splitByVersion();
    }

    private static String sha256(byte[] bytes) {
        return Hashes.sha256Hex(bytes);
    }

    private void announce(CachedListing entry) {
        listeners.forEach(l -> l.accept(entry));
    }

    private CachedListing fromEntry(ExternalConnection connection, MetadataCacheStore.Entry e) {
        RevalidationResult result;
        try {
            result = RevalidationResult.valueOf(e.lastResult());
        } catch (IllegalArgumentException unknown) {
            result = RevalidationResult.UNCHANGED;
        }
        PackageListing listing = ListingCodec.read(e.coordinate(), e.listingJson(), split -> new StoredDocument(store, e.key(), split));
        return new CachedListing(e.domain(), connection, listing, e.fetchedAt(), e.expiresAt(), e.lastRevalidatedAt(), result,
                e.lastResultDetail(), e.servingStaleSince(), e.retainedVersions());
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
