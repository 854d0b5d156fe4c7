package dev.packyard.server.packages;

import dev.packyard.app.InstalledFormats;
import dev.packyard.app.Backend;
import dev.packyard.app.FetchModule;
import dev.packyard.app.ServerWiring;
import dev.packyard.demo.DemoEndpoints;
import dev.packyard.demo.DemoRegistry;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.RepositoryId;
import dev.packyard.server.PackyardServer;
import dev.packyard.testing.ManualScheduler;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestBackends;
import dev.packyard.upstream.discovery.DiscoveredEndpoint;
import dev.packyard.upstream.timing.TimingProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The real backend and HTTP server with npm, PyPI, Maven Central and RubyGems pointed at a running demo registry, and
 * the demo's layout: domain demo with npm-store, pypi-store, maven-central-store, gems-store and app (upstreams: the
 * four stores).
 * Persistence runs only when the test advances the scheduler.
 */
final class PackageServerFixture implements AutoCloseable {
    private static final List<ExternalConnection> CONNECTIONS = List.of(ExternalConnection.NPMJS, ExternalConnection.PYPI,
            ExternalConnection.MAVEN_CENTRAL, ExternalConnection.RUBY_GEMS_ORG);
    final MutableClock clock = MutableClock.startingAt("2026-03-01T09:00:00Z");
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final Backend backend;
    final DemoRegistry demo;
    final FetchModule fetch;
    final PackyardServer server;
    final OkHttpClient http = new OkHttpClient.Builder().followRedirects(false).build();
    final String token;
    final String owner;

    PackageServerFixture(Path dir) {
        this(dir, Optional.empty());
    }

    /** The same, with Maven Central's stand-in replaced by {@code mavenUpstream} when given (a MockWebServer). */
    PackageServerFixture(Path dir, Optional<String> mavenUpstream) {
        backend = TestBackends.open(dir, clock, scheduler);
        demo = new DemoRegistry(clock, InstalledFormats.formats().demoStandIns());
        DemoEndpoints urls = demo.start(0);
        List<DiscoveredEndpoint> endpoints = new ArrayList<>();
        for (ExternalConnection c : CONNECTIONS) {
            String url = c == ExternalConnection.MAVEN_CENTRAL && mavenUpstream.isPresent() ? mavenUpstream.get()
                    : urls.baseFor(c.format()).toString();
            endpoints.add(DiscoveredEndpoint.found(c, url, "the test's demo registry"));
        }
        fetch = new FetchModule(backend, TimingProfile.codeartifact(), endpoints, Runnable::run);
        server = ServerWiring.start(backend, fetch.engine(), "127.0.0.1", 0);
        backend.catalog().domains().create("demo", null);
        for (ExternalConnection c : CONNECTIONS) {
            backend.catalog().repositories().create(null, "demo", c.suggestedStoreRepository(), null, null);
            backend.catalog().repositories().associateExternalConnection(null, "demo", c.suggestedStoreRepository(), c.connectionName());
        }
        backend.catalog().repositories().create(null, "demo", "app", null, List.of("npm-store", "pypi-store", "maven-central-store",
                "gems-store"));
        owner = backend.catalog().domains().require(null, "demo").id().owner();
        token = backend.catalog().tokens().issue(null, "demo", null).token();
    }

    /** Creates a repository of domain demo with neither upstreams nor an external connection, where tests publish. */
    RepositoryId repositoryWithoutUpstreams(String name) {
        return backend.catalog().repositories().create(null, "demo", name, null, List.of()).id();
    }

    String endpoint(String format, String repository) {
        return "http://127.0.0.1:" + server.port() + "/d/demo/" + owner + "/" + format + "/" + repository + "/";
    }

    Request.Builder authorized(String url) {
        return new Request.Builder().url(url).header("Authorization", "Bearer " + token);
    }

    Answer call(Request request) throws IOException {
        try (Response r = http.newCall(request).execute()) {
            return new Answer(r.code(), r.body().string(), r.headers());
        }
    }

    record Answer(int status, String body, okhttp3.Headers headers) {
    }

    @Override
    public void close() {
        server.stop();
        fetch.close();
        demo.close();
        backend.close();
    }
}
