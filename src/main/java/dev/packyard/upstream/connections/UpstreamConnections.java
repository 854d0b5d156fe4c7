package dev.packyard.upstream.connections;

import dev.packyard.model.health.ConnectionStatus;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageFormat;
import dev.packyard.service.persistence.MetadataCacheStore;
import dev.packyard.upstream.RegistryClient;
import dev.packyard.upstream.UpstreamFormats;
import dev.packyard.upstream.discovery.DiscoveredEndpoint;
import dev.packyard.upstream.health.ConnectionHealthBoard;
import dev.packyard.upstream.health.GuardedRegistryClient;
import dev.packyard.upstream.health.HealthPolicy;
import dev.packyard.upstream.health.HealthProber;
import dev.packyard.upstream.health.NegativeCache;
import dev.packyard.model.health.NegativeEntry;
import dev.packyard.upstream.http.UpstreamHttp;
import dev.packyard.upstream.metadata.MetadataCache;
import dev.packyard.model.metadata.MetadataPolicy;
import dev.packyard.upstream.timing.TimingProfile;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * The upstream layer assembled for the engine: every external connection's endpoint, its protocol client behind
 * the connection's circuit breaker and negative cache, the health board, the prober, and the metadata cache.
 */
public final class UpstreamConnections {
    private static final int NEGATIVE_CACHE_SIZE = 10_000;

    private final Supplier<TimingProfile> timing;
    private final Clock clock;
    private final UpstreamHttp http;
    private final UpstreamFormats formats;
    private final ConnectionHealthBoard health;
    private final NegativeCache notFound;
    private final HealthProber prober;
    private final Map<ExternalConnection, DiscoveredEndpoint> endpoints = new EnumMap<>(ExternalConnection.class);
    private final Map<ExternalConnection, RegistryClient> raw = new EnumMap<>(ExternalConnection.class);
    private final Map<ExternalConnection, GuardedRegistryClient> guarded = new EnumMap<>(ExternalConnection.class);
    private final List<Runnable> endpointListeners = new CopyOnWriteArrayList<>();

    public UpstreamConnections(TimingProfile timing, Clock clock, UpstreamHttp http, UpstreamFormats formats,
                               List<DiscoveredEndpoint> discovered) {
        this(() -> timing, clock, http, formats, discovered);
    }

    /** As above, with the timing read at each use, so a running Packyard can be sped up. */
    public UpstreamConnections(Supplier<TimingProfile> timing, Clock clock, UpstreamHttp http, UpstreamFormats formats,
                               List<DiscoveredEndpoint> discovered) {
        this.formats = formats;
        this.timing = timing;
        this.clock = clock;
        this.http = http;
        this.health = new ConnectionHealthBoard(() -> HealthPolicy.from(timing.get()), clock);
        this.notFound = new NegativeCache(health, () -> timing.get().negativeCacheTtl(), clock, NEGATIVE_CACHE_SIZE);
        this.prober = new HealthProber(health, this::rawClient);
        for (ExternalConnection c : ExternalConnection.values()) {
            endpoints.put(c, DiscoveredEndpoint.none(c, "not looked up"));
        }
        for (DiscoveredEndpoint endpoint : discovered) {
            install(endpoint);
        }
    }

    public TimingProfile timing() {
        return timing.get();
    }

    /** How listings of {@code format} are cached under the current timing. */
    public MetadataPolicy metadataPolicy(PackageFormat format) {
        return formats.metadataPolicy(format, timing.get());
    }

    public ConnectionHealthBoard health() {
        return health;
    }

    public NegativeCache notFound() {
        return notFound;
    }

    public HealthProber prober() {
        return prober;
    }

    /** The guarded client of the connection, or empty when it has no endpoint or its format cannot be fetched yet. */
    public synchronized Optional<RegistryClient> client(ExternalConnection connection) {
        return Optional.ofNullable(guarded.get(connection));
    }

    public synchronized DiscoveredEndpoint endpoint(ExternalConnection connection) {
        return endpoints.get(connection);
    }

    /** Points a connection somewhere else (the console's edit): remembered 404s of the old registry are forgotten. */
    public void setEndpoint(ExternalConnection connection, String url, String source) {
        synchronized (this) {
            install(DiscoveredEndpoint.found(connection, url, source));
            notFound.forgetAll(connection);
        }
        endpointListeners.forEach(Runnable::run);
    }

    /** Told, outside any lock, whenever an endpoint is set or cleared (discovery that ends late, the demo, an edit). */
    public void addEndpointListener(Runnable listener) {
        endpointListeners.add(listener);
    }

    public void removeEndpointListener(Runnable listener) {
        endpointListeners.remove(listener);
    }

    /** Records that a connection has no endpoint, with where Packyard looked (shown to the user). */
    public void clearEndpoint(DiscoveredEndpoint none) {
        synchronized (this) {
            install(none);
            notFound.forgetAll(none.connection());
        }
        endpointListeners.forEach(Runnable::run);
    }

    public List<ConnectionStatus> statuses() {
        List<NegativeEntry> entries = notFound.entries();
        return Arrays.stream(ExternalConnection.values()).map(c -> {
            DiscoveredEndpoint endpoint = endpoint(c);
            return new ConnectionStatus(new ConnectionStatus.Endpoint(c, endpoint.url(), endpoint.source()),
                    health.of(c).snapshot(), entries.stream().filter(e -> e.connection() == c).toList());
        }).toList();
    }

    /** The metadata cache over these connections' clients. */
    public MetadataCache metadataCache(MetadataCacheStore store, Executor refresher) {
        return new MetadataCache(store, timing, clock, refresher, this::client, formats);
    }

    private synchronized Optional<RegistryClient> rawClient(ExternalConnection connection) {
        return Optional.ofNullable(raw.get(connection));
    }

    private void install(DiscoveredEndpoint endpoint) {
        ExternalConnection c = endpoint.connection();
        endpoints.put(c, endpoint);
        raw.remove(c);
        guarded.remove(c);
        endpoint.url().flatMap(url -> formats.client(c, url, http)).ifPresent(client -> {
            raw.put(c, client);
            guarded.put(c, new GuardedRegistryClient(c, client, health, notFound));
        });
    }
}
