package dev.packyard.app;

import dev.packyard.upstream.connections.UpstreamConnections;
import dev.packyard.upstream.connections.UpstreamMaintenance;
import dev.packyard.upstream.discovery.DiscoveredEndpoint;
import dev.packyard.application.catalog.RetainedVersions;
import dev.packyard.application.fetch.CachedSources;
import dev.packyard.application.fetch.DownloadSpool;
import dev.packyard.application.fetch.VersionFetch;
import dev.packyard.application.staleness.MetadataListings;
import dev.packyard.application.fetch.PackageFetchService;
import dev.packyard.upstream.http.HttpSettings;
import dev.packyard.upstream.http.UpstreamHttp;
import dev.packyard.upstream.metadata.MetadataCache;
import dev.packyard.upstream.timing.TimingProfile;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The fetch side wired onto a backend: the external connections with their endpoints, health and negative cache,
 * the metadata cache, the engine, and the maintenance loop that probes connections in an outage and synchronises
 * npm listings.
 */
public final class FetchModule implements AutoCloseable {
    private final UpstreamConnections connections;
    private final MetadataCache metadata;
    private final PackageFetchService engine;
    private final UpstreamMaintenance maintenance;
    private final CachedSources cachedSources;
    private final MetadataListings metadataListings;
    private final Supplier<TimingProfile> timing;

    /**
     * @param refresher runs the metadata refreshes that requests trigger (a direct executor refreshes in line)
     */
    public FetchModule(Backend backend, TimingProfile timing, List<DiscoveredEndpoint> endpoints, Executor refresher) {
        this(backend, timing, endpoints, refresher, HttpSettings.DEFAULT);
    }

    public FetchModule(Backend backend, TimingProfile timing, List<DiscoveredEndpoint> endpoints, Executor refresher,
                       HttpSettings http) {
        this(backend, () -> timing, endpoints, refresher, http);
    }

    /** @param timing read at each use: a running Packyard's {@code LiveTiming}, which the offline demo speeds up */
    public FetchModule(Backend backend, Supplier<TimingProfile> timing, List<DiscoveredEndpoint> endpoints, Executor refresher,
                       HttpSettings http) {
        this.timing = timing;
        this.connections = new UpstreamConnections(timing, backend.clock(), new UpstreamHttp(http, backend.clock()),
                InstalledFormats.formats().upstream(), endpoints);
        this.metadata = connections.metadataCache(backend.storage().metadataCache(), refresher);
        this.engine = new PackageFetchService(new PackageFetchService.Parts(backend.catalog().resolver(), backend.catalog().packageStore(),
                backend.catalog().packages(), backend.storage().blobs(), connections, metadata, backend.tasks().queue(), backend.tasks().visibility(),
                backend.clock(), DownloadSpool.emptied(backend.dataDirectory().resolve("spool")),
                backend.catalog().groupChecks()));
        RetainedVersions retained = new RetainedVersions(backend.catalog().packageStore());
        this.cachedSources = new CachedSources(backend.catalog().resolver(), retained, metadata);
        this.metadataListings = new MetadataListings(backend.catalog().repositories(), retained, metadata);
        this.maintenance = new UpstreamMaintenance(connections.prober(), metadata);
        backend.catalog().domains().onDeleted(metadata::forgetDomain);
    }

    /** Starts the background probes and synchronisation, checking for due work at this period of real time. */
    public void startMaintenance(Duration period) {
        maintenance.start(period);
    }

    public TimingProfile timing() {
        return timing.get();
    }

    public UpstreamConnections connections() {
        return connections;
    }

    public MetadataCache metadata() {
        return metadata;
    }

    public PackageFetchService engine() {
        return engine;
    }

    /** The package screen's query: each external connection on a path and its cached listing. */
    public CachedSources cachedSources() {
        return cachedSources;
    }

    /** The staleness table's query: a domain's cached listings and what its repositories retain of each. */
    public MetadataListings metadataListings() {
        return metadataListings;
    }

    /** "Fetch a package" without a package manager. */
    public VersionFetch versionFetch() {
        return new VersionFetch(engine);
    }

    public UpstreamMaintenance maintenance() {
        return maintenance;
    }

    @Override
    public void close() {
        maintenance.close();
    }
}
