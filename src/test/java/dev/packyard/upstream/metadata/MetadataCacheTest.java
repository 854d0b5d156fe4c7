package dev.packyard.upstream.metadata;

import dev.packyard.model.metadata.Freshness;
import dev.packyard.model.metadata.RevalidationResult;
import dev.packyard.upstream.UpstreamFormats;
import dev.packyard.app.InstalledFormats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.packyard.app.Backend;
import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestBackends;
import dev.packyard.upstream.RegistryClient;
import dev.packyard.upstream.UpstreamUnavailableException;
import dev.packyard.upstream.health.ConnectionHealthBoard;
import dev.packyard.upstream.health.GuardedRegistryClient;
import dev.packyard.upstream.health.HealthPolicy;
import dev.packyard.model.health.HealthState;
import dev.packyard.upstream.health.NegativeCache;
import dev.packyard.upstream.http.HttpSettings;
import dev.packyard.upstream.http.UpstreamHttp;
import dev.packyard.upstream.timing.TimingProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-domain metadata cache over a real H2 store and a registry that gains versions as the clock moves. */
class MetadataCacheTest {
    private static final UpstreamFormats FORMATS = InstalledFormats.formats().upstream();
    private static final PackageCoordinate NPM_PKG = PackageCoordinate.of(PackageFormat.NPM, null, "left-pad");
    private static final PackageCoordinate MAVEN_PKG = PackageCoordinate.of(PackageFormat.MAVEN, "org.example", "string-kit");
    private static final PackageCoordinate PYPI_PKG = PackageCoordinate.of(PackageFormat.PYPI, null, "tiny-http");

    @StartStop
    private final MockWebServer server = new MockWebServer();
    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.startingAt("2026-03-01T08:00:00Z");
    private final ChangingRegistry registry = new ChangingRegistry();
    private Backend backend;
    private DomainId domain;
    private ConnectionHealthBoard health;

    @BeforeEach
    void setUp() {
        server.setDispatcher(registry);
        backend = TestBackends.open(dir, clock);
        domain = backend.catalog().domains().create("acme", null).domain().id();
        registry.publish("left-pad", "1.0.0");
        registry.publish("string-kit", "1.0");
        registry.publish("tiny-http", "0.9");
    }

    @AfterEach
    void tearDown() {
        backend.close();
    }

    private MetadataCache cache(TimingProfile timing) {
        health = new ConnectionHealthBoard(HealthPolicy.from(timing), clock);
        NegativeCache notFound = new NegativeCache(health, timing.negativeCacheTtl(), clock, 100);
        UpstreamHttp http = new UpstreamHttp(HttpSettings.DEFAULT, clock);
        Map<ExternalConnection, RegistryClient> clients = new EnumMap<>(ExternalConnection.class);
        for (ExternalConnection c : new ExternalConnection[] {ExternalConnection.NPMJS, ExternalConnection.PYPI,
                ExternalConnection.MAVEN_CENTRAL}) {
            RegistryClient raw = FORMATS.client(c, server.url("/").toString(), http).orElseThrow();
            clients.put(c, new GuardedRegistryClient(c, raw, health, notFound));
        }
        return new MetadataCache(backend.storage().metadataCache(), timing, clock, Runnable::run, c -> Optional.ofNullable(clients.get(c)),
                FORMATS);
    }

    @Test
    void aNewNpmVersionBecomesVisibleOnlyWithTheTenMinuteSynchronisation() throws Exception {
        MetadataCache cache = cache(TimingProfile.codeartifact());
        assertThat(cache.listing(domain, ExternalConnection.NPMJS, NPM_PKG).listing().versionNames()).containsExactly("1.0.0");
        registry.publish("left-pad", "1.1.0");

        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(cache.synchroniseDue()).isZero();
        assertThat(versions(cache, ExternalConnection.NPMJS, NPM_PKG)).containsExactly("1.0.0");

        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.synchroniseDue()).isEqualTo(1);
        CachedListing synced = cache.listing(domain, ExternalConnection.NPMJS, NPM_PKG);
        assertThat(synced.listing().versionNames()).containsExactly("1.0.0", "1.1.0");
        assertThat(synced.lastResult()).isEqualTo(RevalidationResult.CHANGED);
        assertThat(synced.fetchedAt()).isEqualTo(Instant.parse("2026-03-01T08:10:00Z"));
        assertThat(synced.expiresAt()).isEqualTo(Instant.parse("2026-03-01T08:20:00Z"));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aSynchronisationWithoutChangesIsAnsweredByANotModified() throws Exception {
        MetadataCache cache = cache(TimingProfile.codeartifact());
        cache.listing(domain, ExternalConnection.NPMJS, NPM_PKG);

        clock.advance(Duration.ofMinutes(10));
        assertThat(cache.synchroniseDue()).isEqualTo(1);

        CachedListing synced = cache.cached(domain, ExternalConnection.NPMJS, NPM_PKG).orElseThrow();
        assertThat(synced.lastResult()).isEqualTo(RevalidationResult.REVALIDATED);
        assertThat(synced.detail()).hasValueSatisfying(d -> assertThat(d).contains("304"));
        assertThat(synced.expiresAt()).isEqualTo(Instant.parse("2026-03-01T08:20:00Z"));
        assertThat(synced.listing().document()).hasValueSatisfying(d -> assertThat(d.text()).contains("\"left-pad\""));
    }

    @Test
    void mavenAfterThreeHoursTheFirstRequestStillSeesTheOldVersionsAndTheNextSeesTheNew() throws Exception {
        firstRequestAfterExpirySeesOldThenNew(ExternalConnection.MAVEN_CENTRAL, MAVEN_PKG, "string-kit", "1.0", "1.1");
    }

    @Test
    void pypiAfterThreeHoursTheFirstRequestStillSeesTheOldVersionsAndTheNextSeesTheNew() throws Exception {
        firstRequestAfterExpirySeesOldThenNew(ExternalConnection.PYPI, PYPI_PKG, "tiny-http", "0.9", "1.0");
    }

    private void firstRequestAfterExpirySeesOldThenNew(ExternalConnection connection, PackageCoordinate pkg, String name,
                                                       String old, String added) throws Exception {
        MetadataCache cache = cache(TimingProfile.codeartifact());
        assertThat(versions(cache, connection, pkg)).containsExactly(old);
        registry.publish(name, added);

        clock.advance(Duration.ofHours(3).minusSeconds(1));
        assertThat(versions(cache, connection, pkg)).containsExactly(old);
        assertThat(cache.synchroniseDue()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(versions(cache, connection, pkg)).as("first request after expiry").containsExactly(old);
        assertThat(server.getRequestCount()).as("it triggered the import").isEqualTo(2);
        assertThat(versions(cache, connection, pkg)).as("the next request").containsExactly(old, added);
    }

    @Test
    void duringAnOutageTheStaleListingKeepsBeingServedAndSaysSinceWhen() throws Exception {
        MetadataCache cache = cache(TimingProfile.codeartifact());
        versions(cache, ExternalConnection.MAVEN_CENTRAL, MAVEN_PKG);
        registry.publish("string-kit", "1.1");
        registry.outage(true);
        clock.advance(Duration.ofHours(3));
        Instant outageSeen = clock.instant();

        assertThat(versions(cache, ExternalConnection.MAVEN_CENTRAL, MAVEN_PKG)).containsExactly("1.0");
        CachedListing stale = cache.cached(domain, ExternalConnection.MAVEN_CENTRAL, MAVEN_PKG).orElseThrow();
        assertThat(stale.freshness(clock.instant())).isEqualTo(Freshness.SERVING_STALE);
        assertThat(stale.staleSince()).contains(outageSeen);
        assertThat(stale.lastResult()).isEqualTo(RevalidationResult.UNAVAILABLE);
        assertThat(stale.detail()).hasValueSatisfying(d -> assertThat(d).contains("HTTP 503"));

        int asked = server.getRequestCount();
        clock.advance(Duration.ofSeconds(29));
        assertThat(versions(cache, ExternalConnection.MAVEN_CENTRAL, MAVEN_PKG)).containsExactly("1.0");
        assertThat(server.getRequestCount()).as("a failing registry is not retried at every request").isEqualTo(asked);
        clock.advance(Duration.ofSeconds(1));
        for (int i = 0; i < 6; i++) {
            assertThat(versions(cache, ExternalConnection.MAVEN_CENTRAL, MAVEN_PKG)).containsExactly("1.0");
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(health.of(ExternalConnection.MAVEN_CENTRAL).state()).isEqualTo(HealthState.OUTAGE);
        CachedListing stillStale = cache.cached(domain, ExternalConnection.MAVEN_CENTRAL, MAVEN_PKG).orElseThrow();
        assertThat(stillStale.staleSince()).contains(outageSeen);
        assertThat(stillStale.detail()).hasValueSatisfying(d -> assertThat(d).contains("outage"));

        registry.outage(false);
        clock.advance(Duration.ofMinutes(10));
        versions(cache, ExternalConnection.MAVEN_CENTRAL, MAVEN_PKG);
        CachedListing recovered = cache.cached(domain, ExternalConnection.MAVEN_CENTRAL, MAVEN_PKG).orElseThrow();
        assertThat(recovered.staleSince()).isEmpty();
        assertThat(recovered.freshness(clock.instant())).isEqualTo(Freshness.FRESH);
        assertThat(recovered.listing().versionNames()).containsExactly("1.0", "1.1");
    }

    @Test
    void aPackageNeverFetchedCannotBeServedDuringAnOutageAndSaysUnavailable() {
        MetadataCache cache = cache(TimingProfile.codeartifact());
        registry.outage(true);

        Throwable thrown = catchThrowable(() -> cache.listing(domain, ExternalConnection.NPMJS, NPM_PKG));

        assertThat(thrown).isInstanceOf(UpstreamUnavailableException.class).hasMessageStartingWith("Upstream unavailable");
    }

    @Test
    void versionChecksSayWhetherTheRegistryHasAVersionAndWhenTheyCannotTell() {
        MetadataCache cache = cache(TimingProfile.codeartifact());
        VersionChecker checker = new VersionChecker(cache);

        assertThat(checker.check(domain, ExternalConnection.NPMJS, NPM_PKG, "1.0.0").answer())
                .isEqualTo(VersionCheck.Answer.EXISTS_UPSTREAM);
        assertThat(checker.check(domain, ExternalConnection.NPMJS, NPM_PKG, "2.0.0").answer())
                .isEqualTo(VersionCheck.Answer.ABSENT_UPSTREAM);
        assertThat(checker.check(domain, ExternalConnection.NPMJS, PackageCoordinate.of(PackageFormat.NPM, null, "our-own"),
                "1.0.0").answer()).isEqualTo(VersionCheck.Answer.ABSENT_UPSTREAM);

        registry.outage(true);
        VersionCheck unknown = checker.check(domain, ExternalConnection.NPMJS,
                PackageCoordinate.of(PackageFormat.NPM, null, "never-seen"), "1.0.0");
        assertThat(unknown.answer()).isEqualTo(VersionCheck.Answer.CANNOT_TELL);
        assertThat(unknown.explanation()).startsWith("Upstream unavailable");

        clock.advance(Duration.ofMinutes(10));
        cache.synchroniseDue();
        VersionCheck stale = checker.check(domain, ExternalConnection.NPMJS, NPM_PKG, "1.1.0");
        assertThat(stale.answer()).isEqualTo(VersionCheck.Answer.ABSENT_UPSTREAM);
        assertThat(stale.basedOnStaleListing()).isTrue();
        assertThat(stale.explanation()).contains("stale since");
    }

    @Test
    void aListingThatCannotBeRefreshedIsBackedOffAndReportedWhileTheOthersKeepSynchronising() throws Exception {
        MetadataCache cache = cache(TimingProfile.codeartifact());
        PackageCoordinate broken = PackageCoordinate.of(PackageFormat.NPM, null, "broken");
        registry.publish("broken", "1.0.0");
        versions(cache, ExternalConnection.NPMJS, broken);
        clock.advance(Duration.ofSeconds(1));
        versions(cache, ExternalConnection.NPMJS, NPM_PKG);
        var row = backend.storage().metadataCache().find(domain, ExternalConnection.NPMJS.connectionName(), broken).orElseThrow();
        backend.storage().metadataCache().save(new dev.packyard.service.persistence.MetadataCacheStore.Entry(domain, row.connectionName(),
                broken, "{\"versions\": [", row.fetchedAt(), row.expiresAt(), row.lastRevalidatedAt(), row.lastResult(), null, null,
                1, 0));
        MetadataCache restarted = cache(TimingProfile.codeartifact());
        registry.publish("left-pad", "1.1.0");

        clock.advance(Duration.ofMinutes(10));
        assertThat(restarted.synchroniseDue()).as("left-pad, due after the broken one").isEqualTo(1);
        assertThat(versions(restarted, ExternalConnection.NPMJS, NPM_PKG)).containsExactly("1.0.0", "1.1.0");
        CachedListing reported = restarted.entries(domain).stream().filter(e -> e.listing().coordinate().equals(broken))
                .findFirst().orElse(null);
        var failed = backend.storage().metadataCache().find(domain, ExternalConnection.NPMJS.connectionName(), broken).orElseThrow();
        assertThat(failed.lastResult()).isEqualTo(RevalidationResult.FAILED.name());
        assertThat(failed.lastResultDetail()).as("the reason, for the metadata-cache screen").contains("not readable");
        assertThat(failed.servingStaleSince()).isEqualTo(clock.instant());
        assertThat(failed.expiresAt()).as("backed off").isAfter(clock.instant());
        assertThat(reported).as("shown on the metadata-cache screen with its reason").isNotNull();
        assertThat(reported.lastResult()).isEqualTo(RevalidationResult.FAILED);
        assertThat(reported.detail()).hasValueSatisfying(d -> assertThat(d).contains("not readable"));

        int asked = server.getRequestCount();
        clock.advance(Duration.ofSeconds(5));
        assertThat(restarted.synchroniseDue()).isZero();
        assertThat(server.getRequestCount()).as("not retried at every round").isEqualTo(asked);

        assertThat(versions(restarted, ExternalConnection.NPMJS, broken)).as("a request fetches it afresh").containsExactly("1.0.0");
        assertThat(backend.storage().metadataCache().find(domain, ExternalConnection.NPMJS.connectionName(), broken).orElseThrow()
                .lastResult()).isEqualTo(RevalidationResult.FETCHED.name());
    }

    @Test
    void theImmediateProfileRefreshesAnExpiredListingInLine() throws Exception {
        MetadataCache cache = cache(TimingProfile.immediate());
        versions(cache, ExternalConnection.PYPI, PYPI_PKG);
        registry.publish("tiny-http", "1.0");
        clock.advance(Duration.ofMinutes(1));

        assertThat(versions(cache, ExternalConnection.PYPI, PYPI_PKG)).containsExactly("0.9", "1.0");
    }

    @Test
    void entriesArePersistedWithTheirTimestampsAndRetainedCounts() throws Exception {
        MetadataCache cache = cache(TimingProfile.codeartifact());
        versions(cache, ExternalConnection.NPMJS, NPM_PKG);
        cache.noteRetained(domain, ExternalConnection.NPMJS, NPM_PKG, 1);
        backend.close();

        backend = TestBackends.open(dir, clock);
        MetadataCache reopened = cache(TimingProfile.codeartifact());
        assertThat(reopened.entries(domain)).singleElement().satisfies(e -> {
            assertThat(e.listing().versionNames()).containsExactly("1.0.0");
            assertThat(e.listing().tags()).containsEntry("latest", "1.0.0");
            assertThat(e.fetchedAt()).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
            assertThat(e.expiresAt()).isEqualTo(Instant.parse("2026-03-01T08:10:00Z"));
            assertThat(e.upstreamVersions()).isEqualTo(1);
            assertThat(e.retainedVersions()).isEqualTo(1);
            assertThat(e.lastResult()).isEqualTo(RevalidationResult.FETCHED);
            assertThat(e.listing().document()).hasValueSatisfying(d -> assertThat(d.etag()).isPresent());
        });
    }

    private java.util.List<String> versions(MetadataCache cache, ExternalConnection connection, PackageCoordinate pkg)
            throws Exception {
        return cache.listing(domain, connection, pkg).listing().versionNames();
    }
}
