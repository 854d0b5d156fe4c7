package dev.packyard.application.fetch;

import dev.packyard.service.error.PackageUnavailableException;
import dev.packyard.service.error.PackageNotFoundException;
import dev.packyard.app.InstalledFormats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.demo.DemoEndpoints;
import dev.packyard.demo.DemoRegistry;
import dev.packyard.demo.RegistryControls;
import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.OriginType;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.service.visibility.PendingPersistence;
import dev.packyard.testing.MutableClock;
import dev.packyard.model.health.HealthState;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's rules, done over real HTTP against the offline demo's registries, on a clock the test moves. */
class FetchThroughDemoRegistryTest {
    private static final PackageCoordinate LEAF = FetchEngineFixture.npm("tree-leaf");

    @TempDir
    Path dir;
    private MutableClock clock;
    private DemoRegistry demo;
    private DemoEndpoints urls;
    private FetchEngineFixture f;

    @BeforeEach
    void start() {
        clock = MutableClock.startingAt("2026-11-01T10:00:00Z");
        demo = new DemoRegistry(clock, InstalledFormats.formats().demoStandIns());
        urls = demo.start(0);
        f = new FetchEngineFixture(dir, clock, Map.of(
                ExternalConnection.NPMJS, urls.baseFor(PackageFormat.NPM).toString(),
                ExternalConnection.MAVEN_CENTRAL, urls.baseFor(PackageFormat.MAVEN).toString()));
        f.createTopology();
    }

    @AfterEach
    void stop() {
        f.close();
        demo.close();
    }

    private RegistryControls npm() {
        return demo.controls(PackageFormat.NPM);
    }

    @Test
    void aFetchedVersionIsServedAtOnceAndListedOnlyAfterThePersistenceLatency() throws Exception {
        FetchEngineFixture.Delivery first = f.download("app", LEAF, "1.2.0", "tree-leaf-1.2.0.tgz");

        assertThat(first.source()).isEqualTo(VersionSource.UPSTREAM);
        assertThat(sha256(first.bytes())).isEqualTo(sha256(directly(urls.baseFor(PackageFormat.NPM) + "tree-leaf/-/tree-leaf-1.2.0.tgz")));
        assertThat(f.listedVersions("app", LEAF)).isEmpty();
        assertThat(f.listedVersions("npm-store", LEAF)).isEmpty();
        List<PendingPersistence> pending = f.backend.tasks().visibility().pending();
        assertThat(pending).singleElement().satisfies(p -> {
            assertThat(p.visibleAt()).isEqualTo(Instant.parse("2026-11-01T10:03:00Z"));
            assertThat(p.repositories()).extracting(r -> r.name()).containsExactlyInAnyOrder("app", "npm-store");
        });

        f.advance(Duration.ofMinutes(2).plusSeconds(59));
        assertThat(f.listedVersions("app", LEAF)).isEmpty();
        f.advance(Duration.ofSeconds(1));

        assertThat(f.listedVersions("app", LEAF)).containsExactly("1.2.0");
        assertThat(f.listedVersions("npm-store", LEAF)).containsExactly("1.2.0");
        assertThat(f.listedVersions("team", LEAF)).as("intermediate repositories retain nothing").isEmpty();
        var ref = f.backend.catalog().locator().locate(null, "acme", "app", "npm", null, "tree-leaf");
        var described = f.backend.catalog().versions().describe(ref, "1.2.0");
        assertThat(described.origin().type()).isEqualTo(OriginType.EXTERNAL);
        assertThat(described.origin().externalConnectionName()).isEqualTo("public:npmjs");
    }

    @Test
    void aClientAnsweredBeforeTheFileIsDurableLosesNothing() throws Exception {
        FetchEngineFixture.Delivery first = f.clientDownload("app", LEAF, "1.2.0", "tree-leaf-1.2.0.tgz");
        f.awaitIdle();

        assertThat(first.source()).isEqualTo(VersionSource.UPSTREAM);
        assertThat(f.backend.tasks().visibility().pending()).singleElement()
                .satisfies(p -> assertThat(p.versionName()).isEqualTo("1.2.0"));
        FetchEngineFixture.Delivery again = f.clientDownload("app", LEAF, "1.2.0", "tree-leaf-1.2.0.tgz");
        assertThat(again.source()).isEqualTo(VersionSource.PENDING);
        assertThat(again.bytes()).isEqualTo(first.bytes());
        assertThat(npm().stats().requestsTo("tree-leaf/-/tree-leaf-1.2.0.tgz")).isEqualTo(1);
    }

    @Test
    void whilePersistingTheFileIsServedLocallyAndNotFetchedAgain() throws Exception {
        f.download("app", LEAF, "1.2.0", "tree-leaf-1.2.0.tgz");
        FetchEngineFixture.Delivery again = f.download("app", LEAF, "1.2.0", "tree-leaf-1.2.0.tgz");
        assertThat(again.source()).isEqualTo(VersionSource.PENDING);
        assertThat(npm().stats().requestsTo("tree-leaf/-/tree-leaf-1.2.0.tgz")).isEqualTo(1);

        f.advance(Duration.ofMinutes(3));
        assertThat(f.download("app", LEAF, "1.2.0", "tree-leaf-1.2.0.tgz").source()).isEqualTo(VersionSource.RETAINED);
        assertThat(npm().stats().requestsTo("tree-leaf/-/tree-leaf-1.2.0.tgz")).isEqualTo(1);
    }

    @Test
    void anotherRepositoryOfTheDomainRetainsFromTheConnectionRepositoryWithoutAskingUpstream() throws Exception {
        f.download("app", LEAF, "1.2.0", "tree-leaf-1.2.0.tgz");
        f.advance(Duration.ofMinutes(3));

        FetchEngineFixture.Delivery viaTeam = f.download("team", LEAF, "1.2.0", "tree-leaf-1.2.0.tgz");

        assertThat(viaTeam.source()).isEqualTo(VersionSource.RETAINED);
        assertThat(f.listedVersions("team", LEAF)).containsExactly("1.2.0");
        assertThat(npm().stats().requestsTo("tree-leaf/-/tree-leaf-1.2.0.tgz")).isEqualTo(1);
    }

    @Test
    void duringAnOutageRetainedVersionsServeAndNewOnesAreUnavailableNeverNotFound() throws Exception {
        f.download("app", LEAF, "1.2.0", "tree-leaf-1.2.0.tgz");
        f.advance(Duration.ofMinutes(3));
        npm().goDown(OutageMode.SERVICE_UNAVAILABLE);

        assertThat(f.download("app", LEAF, "1.2.0", "tree-leaf-1.2.0.tgz").source()).isEqualTo(VersionSource.RETAINED);
        assertThatThrownBy(() -> f.download("app", LEAF, "1.0.0", "tree-leaf-1.0.0.tgz"))
                .isInstanceOf(PackageUnavailableException.class)
                .hasMessageContaining("Upstream unavailable")
                .hasMessageContaining("Versions already retained are still served");
        assertThatThrownBy(() -> f.download("app", FetchEngineFixture.npm("string-kit"), "1.0.0", "string-kit-1.0.0.tgz"))
                .isInstanceOf(PackageUnavailableException.class)
                .hasMessageContaining("Upstream unavailable");
        PackageView view = f.engine().view(f.repo("app"), LEAF);
        assertThat(view.version("1.2.0")).get().extracting(AvailableVersion::source).isEqualTo(VersionSource.RETAINED);

        for (int i = 0; i < 6; i++) {
            try {
                f.download("app", FetchEngineFixture.npm("tiny-date"), "2.0.0", "tiny-date-2.0.0.tgz");
            } catch (PackageUnavailableException expected) {
                // Each failure counts towards the circuit breaker.
            }
        }
        assertThat(f.fetch.connections().health().of(ExternalConnection.NPMJS).snapshot().state()).isEqualTo(HealthState.OUTAGE);
        long requestsInOutage = npm().stats().requests();
        assertThatThrownBy(() -> f.download("app", LEAF, "1.1.0", "tree-leaf-1.1.0.tgz"))
                .isInstanceOf(PackageUnavailableException.class);
        assertThat(npm().stats().requests()).as("an open breaker fails fast").isEqualTo(requestsInOutage);

        f.advance(Duration.ofMinutes(11));
        f.fetch.maintenance().tick();
        assertThat(f.fetch.connections().health().of(ExternalConnection.NPMJS).snapshot().state())
                .as("a probe while the registry is still down keeps the outage").isIn(HealthState.OUTAGE, HealthState.PROBING);

        npm().recover();
        f.advance(Duration.ofMinutes(11));
        f.fetch.maintenance().tick();
        assertThat(f.download("app", LEAF, "1.1.0", "tree-leaf-1.1.0.tgz").source()).isEqualTo(VersionSource.UPSTREAM);
    }

    @Test
    void fiftyConcurrentRequestersShareOneDownload() throws Exception {
        f.engine().view(f.repo("app"), LEAF);
        npm().setLatency(Duration.ofMillis(400));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<byte[]>> requests = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                requests.add(() -> f.download("app", LEAF, "1.1.0", "tree-leaf-1.1.0.tgz").bytes());
            }
            List<Future<byte[]>> results = pool.invokeAll(requests);
            byte[] expected = results.get(0).get();
            for (Future<byte[]> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(npm().stats().requestsTo("tree-leaf/-/tree-leaf-1.1.0.tgz")).isEqualTo(1);
        // A requester the scheduler held back until the download had ended finds the file already stored; only one
        // task downloads, and the others joined it.
        assertThat(f.backend.tasks().queue().history()).filteredOn(t -> t.title().contains("tree-leaf 1.1.0"))
                .filteredOn(t -> t.outcome() == null || !t.outcome().startsWith("Already fetched"))
                .singleElement().satisfies(t -> assertThat(t.waiters()).isGreaterThanOrEqualTo(1));
    }

    @Test
    void npmNewVersionsArriveWithTheTenMinuteSynchronisation() throws Exception {
        assertThat(f.engine().view(f.repo("app"), LEAF).versions()).extracting(AvailableVersion::version)
                .containsExactlyInAnyOrder("1.0.0", "1.1.0", "1.2.0");
        String next = npm().publishNextVersion("tree-leaf");

        f.advance(Duration.ofMinutes(9));
        f.fetch.maintenance().tick();
        assertThat(f.engine().view(f.repo("app"), LEAF).version(next)).isEmpty();
        assertThatThrownBy(() -> f.download("app", LEAF, next, "tree-leaf-" + next + ".tgz"))
                .isInstanceOf(PackageNotFoundException.class).hasMessageContaining("listing");

        f.advance(Duration.ofMinutes(1));
        f.fetch.maintenance().tick();
        assertThat(f.engine().view(f.repo("app"), LEAF).version(next)).isPresent();
        assertThat(f.download("app", LEAF, next, "tree-leaf-" + next + ".tgz").bytes()).isNotEmpty();
    }

    @Test
    void mavenMetadataLivesThreeHoursAndTheFirstRequestAfterExpirySeesTheOldVersions() throws Exception {
        PackageCoordinate alpha = PackageCoordinate.of(PackageFormat.MAVEN, "dev.packyard.demo", "alpha");
        assertThat(f.engine().view(f.repo("java-app"), alpha).versions()).extracting(AvailableVersion::version)
                .containsExactlyInAnyOrder("1.0.0", "1.1.0", "2.0.0");
        String next = demo.controls(PackageFormat.MAVEN).publishNextVersion("alpha");

        f.advance(Duration.ofHours(2).plusMinutes(59));
        assertThat(f.engine().view(f.repo("java-app"), alpha).version(next)).isEmpty();
        f.advance(Duration.ofMinutes(2));
        assertThat(f.engine().view(f.repo("java-app"), alpha).version(next)).as("first request after expiry").isEmpty();
        assertThat(f.engine().view(f.repo("java-app"), alpha).version(next)).as("the request after that").isPresent();
    }

    @Test
    void aMavenVersionFetchedFileByFileIsRetainedWithAllItsFiles() throws Exception {
        PackageCoordinate alpha = PackageCoordinate.of(PackageFormat.MAVEN, "dev.packyard.demo", "alpha");
        List<String> files = f.engine().view(f.repo("java-app"), alpha).version("2.0.0").orElseThrow().assets().stream()
                .map(AssetEntry::name).toList();
        assertThat(files).contains("alpha-2.0.0.jar", "alpha-2.0.0.pom");

        f.download("java-app", alpha, "2.0.0", "alpha-2.0.0.pom");
        f.advance(Duration.ofMinutes(1));
        f.download("java-app", alpha, "2.0.0", "alpha-2.0.0.jar");
        f.advance(Duration.ofMinutes(3));

        var ref = f.backend.catalog().locator().locate(null, "acme", "java-app", "maven", "dev.packyard.demo", "alpha");
        assertThat(f.backend.catalog().versions().listAssets(ref, "2.0.0", null, null).items()).extracting(a -> a.name())
                .containsExactlyInAnyOrder("alpha-2.0.0.jar", "alpha-2.0.0.pom");
        assertThat(f.download("java-app", alpha, "2.0.0", "alpha-2.0.0.jar").source()).isEqualTo(VersionSource.RETAINED);
    }

    @Test
    void aDomainDeletedAndCreatedAgainStartsWithAnEmptyMetadataCache() throws Exception {
        f.engine().view(f.repo("app"), LEAF);
        assertThat(f.fetch.metadata().entries(f.repo("app").domain())).hasSize(1);
        for (String repository : List.of("app", "team", "npm-store", "java-app", "maven-store")) {
            f.backend.catalog().repositories().delete(null, "acme", repository);
        }
        f.backend.catalog().domains().delete(null, "acme");
        f.createTopology();

        assertThat(f.fetch.metadata().entries(f.repo("app").domain())).isEmpty();
        assertThat(f.fetch.metadata().cached(f.repo("app").domain(), ExternalConnection.NPMJS, LEAF)).isEmpty();
    }

    @Test
    void unfinishedPersistenceResumesAfterARestart() throws Exception {
        f.download("app", LEAF, "1.2.0", "tree-leaf-1.2.0.tgz");
        f.advance(Duration.ofMinutes(1));
        f.restart();
        assertThat(f.listedVersions("app", LEAF)).isEmpty();

        f.advance(Duration.ofMinutes(2));

        assertThat(f.listedVersions("app", LEAF)).containsExactly("1.2.0");
        assertThat(f.listedVersions("npm-store", LEAF)).containsExactly("1.2.0");
    }

    private static byte[] directly(String url) throws IOException {
        try (Response r = new OkHttpClient().newCall(new Request.Builder().url(url).build()).execute()) {
            return r.body().bytes();
        }
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
