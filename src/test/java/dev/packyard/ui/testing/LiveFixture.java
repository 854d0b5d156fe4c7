package dev.packyard.ui.testing;

import dev.packyard.app.InstalledFormats;
import dev.packyard.app.Backend;
import dev.packyard.app.FetchModule;
import dev.packyard.app.console.DemoRegistryControls;
import dev.packyard.app.console.DomainMetadataListings;
import dev.packyard.app.console.EngineFetcher;
import dev.packyard.app.console.FetchMetadata;
import dev.packyard.app.console.LiveConnections;
import dev.packyard.app.console.TaskQueueFeed;
import dev.packyard.demo.DemoEndpoints;
import dev.packyard.demo.DemoRegistry;
import dev.packyard.demo.RegistryControls;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.RepositoryId;
import dev.packyard.testing.ManualScheduler;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestBackends;
import dev.packyard.ui.ConsoleContext;
import dev.packyard.ui.common.Feed;
import dev.packyard.ui.common.ScreenContext;
import dev.packyard.ui.connections.HealthSummaryFeed;
import dev.packyard.upstream.discovery.DiscoveredEndpoint;
import dev.packyard.application.fetch.VersionSource;
import dev.packyard.upstream.timing.TimingProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The whole running side for console tests: a real backend on a temporary directory, a real fetch module pointed
 * at a real demo registry over HTTP, the console's live adapters over them, and a clock the test moves (UTC, so
 * times read as the clock says). Domain acme: npm-store (public:npmjs) ← app, pypi-store (public:pypi).
 */
public final class LiveFixture implements AutoCloseable {
    public final MutableClock clock;
    public final ManualScheduler scheduler;
    public final Backend backend;
    public final DemoRegistry demo;
    public final FetchModule fetch;
    public final RecordingDialogService dialogs = new RecordingDialogService();
    public final RecordingNavigator navigator = new RecordingNavigator();
    public final SynchronousRunner runner = new SynchronousRunner();
    public final RepositoryId app;
    public final RepositoryId npmStore;

    public LiveFixture(Path dir) {
        this(dir, MutableClock.startingAt("2026-11-01T10:00:00Z"));
    }

    public LiveFixture(Path dir, MutableClock clock) {
        this.clock = clock;
        this.scheduler = new ManualScheduler(clock);
        this.backend = TestBackends.open(dir, clock, scheduler);
        this.demo = new DemoRegistry(clock, InstalledFormats.formats().demoStandIns());
        DemoEndpoints urls = demo.start(0);
        this.fetch = new FetchModule(backend, TimingProfile.codeartifact(), List.of(
                DiscoveredEndpoint.found(ExternalConnection.NPMJS, urls.baseFor(PackageFormat.NPM).toString(), "the test's demo registry"),
                DiscoveredEndpoint.found(ExternalConnection.PYPI, urls.baseFor(PackageFormat.PYPI).toString(), "the test's demo registry")),
                Runnable::run);
        backend.catalog().domains().create("acme", null);
        backend.catalog().repositories().create(null, "acme", "npm-store", null, null);
        backend.catalog().repositories().associateExternalConnection(null, "acme", "npm-store", "public:npmjs");
        backend.catalog().repositories().create(null, "acme", "pypi-store", null, null);
        backend.catalog().repositories().associateExternalConnection(null, "acme", "pypi-store", "public:pypi");
        backend.catalog().repositories().create(null, "acme", "app", null, List.of("npm-store"));
        this.app = backend.catalog().repositories().describe(null, "acme", "app").id();
        this.npmStore = backend.catalog().repositories().describe(null, "acme", "npm-store").id();
    }

    public ConsoleContext console() {
        Clock utc = clock.withZone(ZoneOffset.UTC);
        LiveConnections connections = new LiveConnections(fetch.connections(), backend.catalog().repositories());
        return ConsoleContext.builder(backend.catalog().domains(), backend.catalog().repositories(), backend.catalog().packages(), backend.catalog().versions(),
                        backend.dataDirectory(), backend.account().accountId())
                .clock(utc)
                .tasks(new TaskQueueFeed(backend.tasks().queue()))
                .serverUrl(Feed.constant(Optional.of("http://127.0.0.1:8642")))
                .connectionHealth(new HealthSummaryFeed(connections, utc))
                .timingProfile(() -> "codeartifact")
                .connections(connections)
                .metadata(new FetchMetadata(backend.catalog().repositories(), fetch.cachedSources(), fetch.engine().pending()))
                .demo(() -> Optional.of(new DemoRegistryControls(demo)))
                .fetcher(new EngineFetcher(backend.catalog().repositories(), fetch.versionFetch(), Runnable::run))
                .listings(new DomainMetadataListings(fetch.metadataListings()))
                .tokens(domain -> backend.catalog().tokens().issue(domain.owner(), domain.name(), null))
                .clientSetups(InstalledFormats.formats().clientSetups())
                .versionDetails(backend.catalog().versionDetails())
                .build();
    }

    public ScreenContext screen() {
        return new ScreenContext(console(), runner, dialogs, navigator);
    }

    public RegistryControls npm() {
        return demo.controls(PackageFormat.NPM);
    }

    public static PackageCoordinate npm(String name) {
        return PackageCoordinate.of(PackageFormat.NPM, null, name);
    }

    /** Downloads one file through the app repository, as npm would, throwing the bytes away. */
    public VersionSource download(String name, String version) throws IOException {
        return fetch.engine().deliver(backend.catalog().repositories().describe(null, "acme", "app"), npm(name), version,
                name + "-" + version + ".tgz", (file, source) -> OutputStream.nullOutputStream());
    }

    /** Moves the clock, runs what came due and waits for the queue to settle. */
    public void advance(Duration d) throws InterruptedException {
        scheduler.advance(d);
        if (!backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))) {
            throw new AssertionError("background tasks did not finish: " + backend.tasks().queue().snapshot());
        }
    }

    /**
     * Retries an assertion for a few seconds: the queue reports a task's end to its listeners just after the task
     * ends, on the worker's thread, so a model can lag the queue by a moment.
     */
    public static void eventually(Runnable assertion) throws InterruptedException {
        AssertionError last = null;
        for (int i = 0; i < 250; i++) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                last = e;
                Thread.sleep(20);
            }
        }
        throw last;
    }

    @Override
    public void close() {
        fetch.close();
        demo.close();
        backend.close();
    }
}
