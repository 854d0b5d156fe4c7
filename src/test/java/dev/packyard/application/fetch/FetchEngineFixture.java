package dev.packyard.application.fetch;

import dev.packyard.app.Backend;
import dev.packyard.app.FetchModule;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.Repository;
import dev.packyard.testing.ManualScheduler;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestBackends;
import dev.packyard.upstream.discovery.DiscoveredEndpoint;
import dev.packyard.upstream.http.HttpSettings;
import dev.packyard.upstream.timing.TimingProfile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A real backend on an H2 file with the fetch module pointed at given registry URLs, on a clock the test moves. */
final class FetchEngineFixture implements AutoCloseable {
    final MutableClock clock;
    final ManualScheduler scheduler;
    final Path dataDir;
    final Map<ExternalConnection, String> endpoints;
    Backend backend;
    FetchModule fetch;

    private final HttpSettings http;

    FetchEngineFixture(Path dataDir, MutableClock clock, Map<ExternalConnection, String> endpoints) {
        this(dataDir, clock, endpoints, HttpSettings.DEFAULT);
    }

    FetchEngineFixture(Path dataDir, MutableClock clock, Map<ExternalConnection, String> endpoints, HttpSettings http) {
        this.http = http;
        this.clock = clock;
        this.scheduler = new ManualScheduler(clock);
        this.dataDir = dataDir;
        this.endpoints = endpoints;
        open();
    }

    void open() {
        backend = TestBackends.open(dataDir, clock, scheduler);
        List<DiscoveredEndpoint> found = new ArrayList<>();
        endpoints.forEach((c, url) -> found.add(DiscoveredEndpoint.found(c, url, "set by the test")));
        fetch = new FetchModule(backend, TimingProfile.codeartifact(), found, Runnable::run, http);
    }

    void restart() {
        close();
        open();
    }

    PackageFetchService engine() {
        return fetch.engine();
    }

    /** domain acme: npm-store (public:npmjs) ← team ← app, and maven-store (public:maven-central) ← java-app. */
    void createTopology() {
        backend.catalog().domains().create("acme", null);
        backend.catalog().repositories().create(null, "acme", "npm-store", null, null);
        backend.catalog().repositories().associateExternalConnection(null, "acme", "npm-store", "public:npmjs");
        backend.catalog().repositories().create(null, "acme", "team", null, List.of("npm-store"));
        backend.catalog().repositories().create(null, "acme", "app", null, List.of("team"));
        backend.catalog().repositories().create(null, "acme", "maven-store", null, null);
        backend.catalog().repositories().associateExternalConnection(null, "acme", "maven-store", "public:maven-central");
        backend.catalog().repositories().create(null, "acme", "java-app", null, List.of("maven-store"));
    }

    Repository repo(String name) {
        return backend.catalog().repositories().describe(null, "acme", name);
    }

    static PackageCoordinate npm(String name) {
        return PackageCoordinate.of(PackageFormat.NPM, null, name);
    }

    /** Delivers a file into memory, as a package manager's download would read it. */
    Delivery download(String repository, PackageCoordinate coordinate, String version, String asset) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        VersionSource source = engine().deliver(repo(repository), coordinate, version, asset, (file, from) -> body);
        return new Delivery(source, body.toByteArray());
    }

    /** Delivers a file as the HTTP endpoints do: answered once verified, while storing finishes in the background. */
    Delivery clientDownload(String repository, PackageCoordinate coordinate, String version, String asset) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        VersionSource source = engine().deliver(repo(repository), coordinate, version, asset,
                AssetReceiver.answeredWhenVerified((file, from) -> body));
        return new Delivery(source, body.toByteArray());
    }

    List<String> listedVersions(String repository, PackageCoordinate c) {
        try {
            var ref = backend.catalog().locator().locate(null, "acme", repository, c.format().wireName(), c.namespace(), c.name());
            return backend.catalog().versions().list(ref, null, null, null, null, null).page().items().stream()
                    .map(v -> v.version()).toList();
        } catch (dev.packyard.service.error.ResourceNotFoundException e) {
            return List.of();
        }
    }

    /** Moves the clock and lets every background task that came due finish. */
    void advance(Duration d) throws InterruptedException {
        scheduler.advance(d);
        awaitIdle();
    }

    void awaitIdle() throws InterruptedException {
        if (!backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))) {
            throw new AssertionError("background tasks did not finish: " + backend.tasks().queue().snapshot());
        }
    }

    @Override
    public void close() {
        fetch.close();
        backend.close();
    }

    record Delivery(VersionSource source, byte[] bytes) {
    }
}
