package dev.packyard.app;

import dev.packyard.demo.DemoRegistry;
import dev.packyard.model.ExternalConnection;
import dev.packyard.server.PackyardServer;
import dev.packyard.server.ServerSettings;
import dev.packyard.store.datadir.DataDirectoryException;
import dev.packyard.store.settings.StorageSettings;
import dev.packyard.tasks.DelayScheduler;
import dev.packyard.upstream.discovery.DiscoveredEndpoint;
import dev.packyard.upstream.discovery.DiscoveryEnvironment;
import dev.packyard.upstream.discovery.EndpointDiscovery;
import dev.packyard.upstream.discovery.ThisPackyard;
import dev.packyard.upstream.http.HttpSettings;
import dev.packyard.upstream.timing.LiveTiming;
import dev.packyard.upstream.timing.TimingProfile;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;

/**
 * One running Packyard, as {@code serve} and the console both run it: the backend on its data directory, the
 * external connections (from --upstream, the user's own package-manager configuration, or the offline demo
 * registry), the fetch engine with its maintenance loop, and the HTTP server.
 */
public final class PackyardRuntime implements AutoCloseable {
    /** How often the maintenance loop looks for due probes and synchronisations, in real time. */
    private static final Duration MAINTENANCE_PERIOD = Duration.ofSeconds(1);
    private static final double DEMO_TIME_SCALE = 60;

    /** What a run is started with; {@code timeScale} null means 60 for the demo and 1 otherwise. */
    public record Options(Path dataDir, String region, TimingProfile timing, Double timeScale,
                          Map<ExternalConnection, URI> upstreams, boolean demo, String bind, int port,
                          boolean discoverInBackground, List<String> allowedHosts, long maxUploadBytes,
                          StorageSettings storage) {
        public Options {
            upstreams = Map.copyOf(upstreams);
            allowedHosts = List.copyOf(allowedHosts);
            Objects.requireNonNull(storage, "storage");
        }

        /** Everything in the data directory (the embedded database and the blob folder). */
        public Options(Path dataDir, String region, TimingProfile timing, Double timeScale,
                       Map<ExternalConnection, URI> upstreams, boolean demo, String bind, int port,
                       boolean discoverInBackground, List<String> allowedHosts, long maxUploadBytes) {
            this(dataDir, region, timing, timeScale, upstreams, demo, bind, port, discoverInBackground, allowedHosts,
                    maxUploadBytes, StorageSettings.embedded());
        }

        /** With the server's default limits and only this machine's names accepted as Host. */
        public Options(Path dataDir, String region, TimingProfile timing, Double timeScale,
                       Map<ExternalConnection, URI> upstreams, boolean demo, String bind, int port,
                       boolean discoverInBackground) {
            this(dataDir, region, timing, timeScale, upstreams, demo, bind, port, discoverInBackground, List.of(),
                    ServerSettings.DEFAULT_MAX_UPLOAD_BYTES);
        }

        ServerSettings server() {
            return ServerSettings.defaults(bind, port).withAllowedHosts(allowedHosts).withMaxUploadBytes(maxUploadBytes);
        }

        double startingScale() {
            return timeScale != null ? timeScale : demo ? DEMO_TIME_SCALE : 1;
        }
    }

    private final Backend backend;
    private Optional<DemoRegistry> demo;
    private final FetchModule fetch;
    private final ExecutorService refresher;
    private final PackyardServer server;
    private final LiveTiming timing;
    private final boolean demoSetsTheScale;

    private PackyardRuntime(Backend backend, Optional<DemoRegistry> demo, FetchModule fetch, ExecutorService refresher,
                            PackyardServer server, LiveTiming timing, boolean demoSetsTheScale) {
        this.timing = timing;
        this.demoSetsTheScale = demoSetsTheScale;
        this.backend = backend;
        this.demo = demo;
        this.fetch = fetch;
        this.refresher = refresher;
        this.server = server;
    }

    /** Starts everything, or fails with a one-line {@link UserFacingException} and leaves nothing running. */
    public static PackyardRuntime start(Options options, Clock clock) {
        return start(options, clock, Optional.empty());
    }

    /** As above, with delayed tasks on {@code scheduler} (tests pass one their clock drives) instead of the real timer. */
    public static PackyardRuntime start(Options options, Clock clock, Optional<DelayScheduler> scheduler) {
        LiveTiming timing = new LiveTiming(options.timing(), options.startingScale());
        Backend backend;
        try {
            backend = Backend.open(new Backend.Options(options.dataDir(), options.region(), clock, scheduler,
                    () -> timing.get().persistenceDelay(), options.storage()));
        } catch (DataDirectoryException e) {
            throw new UserFacingException(e.getMessage());
        }
        DemoRegistry demo = null;
        ExecutorService refresher = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "packyard-metadata-refresh");
            t.setDaemon(true);
            return t;
        });
        FetchModule fetch = null;
        try {
            List<DiscoveredEndpoint> endpoints;
            if (options.demo()) {
                demo = new DemoRegistry(clock, InstalledFormats.formats().demoStandIns());
                endpoints = withOverrides(DemoCatalog.endpoints(demo.start(0)), options.upstreams());
                DemoSecretFile.write(backend.dataDirectory(), demo);
                DemoCatalog.seedIfEmpty(backend);
            } else {
                endpoints = explicitOnly(options.upstreams());
            }
            fetch = new FetchModule(backend, timing, endpoints, refresher, HttpSettings.DEFAULT);
            fetch.startMaintenance(MAINTENANCE_PERIOD);
            PackyardServer server = startServer(backend, fetch, options);
            PackyardRuntime runtime = new PackyardRuntime(backend, Optional.ofNullable(demo), fetch, refresher, server, timing,
                    options.timeScale() == null);
            // Discovery runs once the port is known, so that a configuration pointing at this Packyard is passed over.
            if (!options.demo()) {
                ThisPackyard self = ThisPackyard.listeningOn(options.bind(), server.port());
                if (options.discoverInBackground()) {
                    runtime.discoverLater(options.upstreams(), self);
                } else {
                    runtime.applyDiscovered(discovery(options.upstreams(), self).discoverAll(), options.upstreams());
                }
            }
            return runtime;
        } catch (RuntimeException e) {
            if (fetch != null) {
                fetch.close();
            }
            if (demo != null) {
                demo.close();
            }
            stopGracefully(refresher);
            backend.close();
            throw e;
        }
    }

    public Backend backend() {
        return backend;
    }

    public FetchModule fetch() {
        return fetch;
    }

    public synchronized Optional<DemoRegistry> demo() {
        return demo;
    }

    /**
     * Turns the offline demo on in a running Packyard: starts the demo registry, points the npm, PyPI and Maven
     * connections at it, and adds the sample domain if the catalogue is empty. Unless --time-scale chose a speed,
     * timings from now on run at the demo's 60×, as with --demo.
     */
    public synchronized DemoRegistry startDemo() {
        if (demo.isPresent()) {
            return demo.get();
        }
        DemoRegistry registry = new DemoRegistry(backend.clock(), InstalledFormats.formats().demoStandIns());
        for (DiscoveredEndpoint e : DemoCatalog.endpoints(registry.start(0))) {
            e.url().ifPresent(url -> fetch.connections().setEndpoint(e.connection(), url, e.source()));
        }
        DemoSecretFile.write(backend.dataDirectory(), registry);
        if (demoSetsTheScale) {
            timing.runAt(DEMO_TIME_SCALE);
        }
        DemoCatalog.seedIfEmpty(backend);
        demo = Optional.of(registry);
        return registry;
    }

    public int port() {
        return server.port();
    }

    /** The base URL clients use, e.g. {@code http://127.0.0.1:8642}. */
    public String url(String bind) {
        String host = bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
        return "http://" + host + ":" + server.port();
    }

    /** Stops the server first (no new work), then the fetch side, the demo registry and finally the backend. */
    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            fetch.close();
            stopGracefully(refresher);
            demo().ifPresent(DemoRegistry::close);
            backend.close();
        }
    }

    /**
     * Lets a refresh in progress finish before the database closes: interrupting a thread inside an H2 read closes
     * the file channel for every thread, so only work still running after the grace period is interrupted.
     */
    private static void stopGracefully(ExecutorService executor) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static PackyardServer startServer(Backend backend, FetchModule fetch, Options options) {
        try {
            return ServerWiring.start(backend, fetch.engine(), options.server());
        } catch (RuntimeException e) {
            throw new UserFacingException("Cannot listen on " + options.bind() + ":" + options.port() + ": " + rootCause(e)
                    + " (choose another --port or --bind)");
        }
    }

    private static EndpointDiscovery discovery(Map<ExternalConnection, URI> upstreams, ThisPackyard self) {
        Map<ExternalConnection, String> explicit = new LinkedHashMap<>();
        upstreams.forEach((c, url) -> explicit.put(c, url.toString()));
        return new EndpointDiscovery(DiscoveryEnvironment.system(), InstalledFormats.formats().discovery(), explicit,
                "--upstream", self);
    }

    private static List<DiscoveredEndpoint> explicitOnly(Map<ExternalConnection, URI> upstreams) {
        return Arrays.stream(ExternalConnection.values()).map(c -> upstreams.containsKey(c)
                ? DiscoveredEndpoint.found(c, upstreams.get(c).toString(), "--upstream")
                : DiscoveredEndpoint.none(c, "being looked up in your npm, pip and Maven configuration")).toList();
    }

    /**
     * Looks the endpoints up in the user's package-manager configuration on a thread of its own (it runs npm, pip
     * and mvn, which takes seconds), so the console's window does not wait for it.
     */
    private void discoverLater(Map<ExternalConnection, URI> explicit, ThisPackyard self) {
        Thread t = new Thread(() -> applyDiscovered(discovery(explicit, self).discoverAll(), explicit), "packyard-endpoint-discovery");
        t.setDaemon(true);
        t.start();
    }

    // Once the offline demo runs, its registry stays the endpoint even when a slow discovery answers later.
    private synchronized void applyDiscovered(List<DiscoveredEndpoint> discovered, Map<ExternalConnection, URI> explicit) {
        if (demo.isPresent()) {
            return;
        }
        for (DiscoveredEndpoint e : discovered) {
            if (explicit.containsKey(e.connection())) {
                continue;
            }
            if (e.url().isPresent()) {
                fetch.connections().setEndpoint(e.connection(), e.url().get(), e.source());
            } else {
                fetch.connections().clearEndpoint(e);
            }
        }
    }

    private static List<DiscoveredEndpoint> withOverrides(List<DiscoveredEndpoint> endpoints, Map<ExternalConnection, URI> overrides) {
        return endpoints.stream().map(e -> overrides.containsKey(e.connection())
                ? DiscoveredEndpoint.found(e.connection(), overrides.get(e.connection()).toString(), "--upstream")
                : e).toList();
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
