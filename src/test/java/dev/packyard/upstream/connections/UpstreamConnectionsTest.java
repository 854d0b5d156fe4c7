package dev.packyard.upstream.connections;

import dev.packyard.app.InstalledFormats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.packyard.model.health.ConnectionStatus;
import dev.packyard.app.Backend;
import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestBackends;
import dev.packyard.upstream.NotFoundUpstreamException;
import dev.packyard.upstream.discovery.DiscoveredEndpoint;
import dev.packyard.upstream.discovery.DiscoveryEnvironment;
import dev.packyard.upstream.discovery.EndpointDiscovery;
import dev.packyard.upstream.discovery.CommandRunner;
import dev.packyard.model.health.HealthState;
import dev.packyard.upstream.http.HttpSettings;
import dev.packyard.upstream.http.UpstreamHttp;
import dev.packyard.upstream.metadata.MetadataCache;
import dev.packyard.upstream.timing.TimingProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembled layer as the engine and console will use it: discovered endpoints, guarded clients, one maintenance round. */
class UpstreamConnectionsTest {
    @StartStop
    private final MockWebServer registry = new MockWebServer();
    @StartStop
    private final MockWebServer otherRegistry = new MockWebServer();
    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.startingAt("2026-03-01T08:00:00Z");
    private volatile int status = 200;

    @Test
    void connectionsComeFromDiscoveryAndReportTheirEndpointHealthAndMisses() throws Exception {
        registry.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (status != 200) {
                    return new MockResponse.Builder().code(status).build();
                }
                if (request.getTarget().equals("/left-pad")) {
                    return new MockResponse.Builder().setHeader("Content-Type", "application/json")
                            .body("{\"name\":\"left-pad\",\"versions\":{\"1.0.0\":{\"dist\":{\"tarball\":\"/left-pad-1.0.0.tgz\"}}}}").build();
                }
                return new MockResponse.Builder().code(404).build();
            }
        });
        DiscoveryEnvironment env = new DiscoveryEnvironment(Map.of("NPM_CONFIG_REGISTRY", registry.url("/").toString()), dir,
                CommandRunner.NONE, Duration.ofSeconds(1));
        List<DiscoveredEndpoint> endpoints = new EndpointDiscovery(env, InstalledFormats.formats().discovery(), Map.of(), "from --upstream").discoverAll();
        UpstreamConnections connections = new UpstreamConnections(TimingProfile.codeartifact(), clock,
                new UpstreamHttp(HttpSettings.DEFAULT, clock), InstalledFormats.formats().upstream(), endpoints);

        assertThat(connections.client(ExternalConnection.PYPI)).isEmpty();
        assertThat(connections.endpoint(ExternalConnection.NPMJS).source()).isEqualTo("from $NPM_CONFIG_REGISTRY");
        var npm = connections.client(ExternalConnection.NPMJS).orElseThrow();
        assertThat(npm.fetchListing(PackageCoordinate.of(PackageFormat.NPM, null, "left-pad")).versionNames()).containsExactly("1.0.0");
        assertThat(catchThrowable(() -> npm.fetchListing(PackageCoordinate.of(PackageFormat.NPM, null, "lefft-pad"))))
                .isInstanceOf(NotFoundUpstreamException.class);

        ConnectionStatus row = connections.statuses().get(ExternalConnection.NPMJS.ordinal());
        assertThat(row.health().state()).isEqualTo(HealthState.AVAILABLE);
        assertThat(row.notFound()).singleElement().satisfies(e -> assertThat(e.key()).contains("lefft-pad"));

        connections.setEndpoint(ExternalConnection.NPMJS, otherRegistry.url("/").toString(), "from the console");
        assertThat(connections.endpoint(ExternalConnection.NPMJS).source()).isEqualTo("from the console");
        assertThat(connections.notFound().entries()).isEmpty();
    }

    @Test
    void aMaintenanceRoundProbesOutagesAndSynchronisesDueListings() throws Exception {
        registry.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return status == 200
                        ? new MockResponse.Builder().setHeader("Content-Type", "application/json")
                            .body("{\"name\":\"left-pad\",\"versions\":{\"1.0.0\":{\"dist\":{\"tarball\":\"/t.tgz\"}}}}").build()
                        : new MockResponse.Builder().code(status).build();
            }
        });
        UpstreamConnections connections = new UpstreamConnections(TimingProfile.codeartifact(), clock,
                new UpstreamHttp(HttpSettings.DEFAULT, clock), InstalledFormats.formats().upstream(),
                List.of(DiscoveredEndpoint.found(ExternalConnection.NPMJS, registry.url("/").toString(), "from --upstream")));
        try (Backend backend = TestBackends.open(dir, clock)) {
            DomainId domain = backend.catalog().domains().create("acme", null).domain().id();
            MetadataCache cache = connections.metadataCache(backend.storage().metadataCache(), Runnable::run);
            UpstreamMaintenance maintenance = new UpstreamMaintenance(connections.prober(), cache);
            cache.listing(domain, ExternalConnection.NPMJS, PackageCoordinate.of(PackageFormat.NPM, null, "left-pad"));

            status = 502;
            for (int i = 0; i < 5; i++) {
                catchThrowable(() -> connections.client(ExternalConnection.NPMJS).orElseThrow().probe());
            }
            assertThat(connections.health().of(ExternalConnection.NPMJS).state()).isEqualTo(HealthState.OUTAGE);

            status = 200;
            clock.advance(Duration.ofMinutes(10));
            assertThat(maintenance.tick()).as("one probe and one synchronisation").isEqualTo(2);
            assertThat(connections.health().of(ExternalConnection.NPMJS).state()).isEqualTo(HealthState.RECOVERED);
            assertThat(cache.entries(domain)).singleElement().satisfies(e -> assertThat(e.lastRevalidatedAt()).isEqualTo(clock.instant()));
        }
    }
}
