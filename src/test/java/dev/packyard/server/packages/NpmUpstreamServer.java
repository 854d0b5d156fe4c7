package dev.packyard.server.packages;

import dev.packyard.app.Backend;
import dev.packyard.app.FetchModule;
import dev.packyard.app.ServerWiring;
import dev.packyard.model.ExternalConnection;
import dev.packyard.server.PackyardServer;
import dev.packyard.server.ServerSettings;
import dev.packyard.testing.ManualScheduler;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestBackends;
import dev.packyard.upstream.discovery.DiscoveredEndpoint;
import dev.packyard.upstream.timing.TimingProfile;
import java.nio.file.Path;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The real backend and HTTP server, started with the given settings, with public:npmjs pointed at a registry the test
 * runs (a MockWebServer): domain acme with npm-store (the connection) and app (upstream npm-store).
 */
final class NpmUpstreamServer implements AutoCloseable {
    final MutableClock clock = MutableClock.startingAt("2026-03-01T09:00:00Z");
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final Backend backend;
    final FetchModule fetch;
    final PackyardServer server;
    final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    final String owner;
    final String token;

    NpmUpstreamServer(Path dir, String registryUrl, ServerSettings settings) {
        backend = TestBackends.open(dir, clock, scheduler);
        fetch = new FetchModule(backend, TimingProfile.codeartifact(),
                List.of(DiscoveredEndpoint.found(ExternalConnection.NPMJS, registryUrl, "set by the test")), Runnable::run);
        server = ServerWiring.start(backend, fetch.engine(), settings);
        backend.catalog().domains().create("acme", null);
        backend.catalog().repositories().create(null, "acme", "npm-store", null, null);
        backend.catalog().repositories().associateExternalConnection(null, "acme", "npm-store", "public:npmjs");
        backend.catalog().repositories().create(null, "acme", "app", null, List.of("npm-store"));
        owner = backend.catalog().domains().require(null, "acme").id().owner();
        token = backend.catalog().tokens().issue(null, "acme", null).token();
    }

    String npm(String path) {
        return "http://127.0.0.1:" + server.port() + "/d/acme/" + owner + "/npm/app/" + path;
    }

    Request.Builder authorized(String url) {
        return new Request.Builder().url(url).header("Authorization", "Bearer " + token);
    }

    @Override
    public void close() {
        server.stop();
        fetch.close();
        backend.close();
    }
}
