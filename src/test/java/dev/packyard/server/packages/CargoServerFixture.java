package dev.packyard.server.packages;

import dev.packyard.app.Backend;
import dev.packyard.app.FetchModule;
import dev.packyard.app.InstalledFormats;
import dev.packyard.app.ServerWiring;
import dev.packyard.demo.DemoRegistry;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageFormat;
import dev.packyard.server.PackyardServer;
import dev.packyard.testing.ManualScheduler;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestBackends;
import dev.packyard.upstream.discovery.DiscoveredEndpoint;
import dev.packyard.upstream.timing.TimingProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The real backend and HTTP server with public:crates-io pointed at the demo's crates.io, CodeArtifact's timings, and
 * the layout: domain demo with cargo-store (the connection), mid (upstream cargo-store) and app (upstream mid).
 * Persistence runs only when the test advances the scheduler; Cargo's bare-token header is what requests carry.
 */
final class CargoServerFixture implements AutoCloseable {
    final MutableClock clock = MutableClock.startingAt("2026-03-01T09:00:00Z");
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final Backend backend;
    final DemoRegistry demo;
    final FetchModule fetch;
    final PackyardServer server;
    final OkHttpClient http = new OkHttpClient.Builder().followRedirects(false).build();
    final String token;
    final String owner;

    CargoServerFixture(Path dir) {
        backend = TestBackends.open(dir, clock, scheduler);
        demo = new DemoRegistry(clock, Map.of(PackageFormat.CARGO, InstalledFormats.formats().demoStandIns().get(PackageFormat.CARGO)));
        String crates = demo.start(0).baseFor(PackageFormat.CARGO).toString();
        fetch = new FetchModule(backend, TimingProfile.codeartifact(),
                List.of(DiscoveredEndpoint.found(ExternalConnection.CRATES_IO, crates, "the test's demo registry")), Runnable::run);
        server = ServerWiring.start(backend, fetch.engine(), "127.0.0.1", 0);
        backend.catalog().domains().create("demo", null);
        backend.catalog().repositories().create(null, "demo", "cargo-store", null, null);
        backend.catalog().repositories().associateExternalConnection(null, "demo", "cargo-store", "public:crates-io");
        backend.catalog().repositories().create(null, "demo", "mid", null, List.of("cargo-store"));
        backend.catalog().repositories().create(null, "demo", "app", null, List.of("mid"));
        owner = backend.catalog().domains().require(null, "demo").id().owner();
        token = backend.catalog().tokens().issue(null, "demo", null).token();
    }

    String endpoint(String repository) {
        return "http://127.0.0.1:" + server.port() + "/d/demo/" + owner + "/cargo/" + repository + "/";
    }

    Request.Builder cargo(String url) {
        return new Request.Builder().url(url).header("Authorization", token);
    }

    Answer call(Request request) throws IOException {
        try (Response r = http.newCall(request).execute()) {
            return new Answer(r.code(), r.body().bytes(), r.headers());
        }
    }

    Answer get(String repository, String path) throws IOException {
        return call(cargo(endpoint(repository) + path).build());
    }

    record Answer(int status, byte[] bytes, okhttp3.Headers headers) {
        String body() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        server.stop();
        fetch.close();
        demo.close();
        backend.close();
    }
}
