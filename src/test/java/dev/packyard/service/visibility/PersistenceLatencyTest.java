package dev.packyard.service.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import dev.packyard.service.packages.PackageQuery;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.app.Backend;
import dev.packyard.model.Asset;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.RepositoryId;
import dev.packyard.model.TaskKind;
import dev.packyard.model.VersionMetadata;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.packages.NewVersion;
import dev.packyard.service.packages.PackageRef;
import dev.packyard.tasks.TaskSnapshot;
import dev.packyard.tasks.TaskState;
import dev.packyard.testing.ManualScheduler;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestBackends;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seed rule 2: a fetched version shows up in the listings only when its background persistence has run. */
class PersistenceLatencyTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String DOMAIN = "acme";

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.startingAt("2026-11-22T10:00:00Z");

    private Backend open(ManualScheduler scheduler) {
        return TestBackends.open(dir, clock, scheduler);
    }

    private static String owner(Backend b) {
        return b.account().accountId();
    }

    private static void createRepositories(Backend b) {
        b.catalog().domains().create(DOMAIN, null);
        b.catalog().repositories().create(owner(b), DOMAIN, "npm-store", "holds the npm connection", List.of());
        b.catalog().repositories().associateExternalConnection(owner(b), DOMAIN, "npm-store", "public:npmjs");
        b.catalog().repositories().create(owner(b), DOMAIN, "team", "what developers use", List.of("npm-store"));
    }

    private static NewVersion lodash(Backend b) {
        return new NewVersion(RepositoryId.of(owner(b), DOMAIN, "team"), PackageCoordinate.of(PackageFormat.NPM, null, "lodash"),
                "4.17.21", PackageVersionStatus.Published, PackageVersionOrigin.external(ExternalConnection.NPMJS),
                Instant.parse("2021-02-20T15:42:16Z"), new VersionMetadata(null, "Lodash modular utilities.", null, null,
                List.of(new VersionMetadata.License("MIT", null))),
                List.of(new Asset("lodash-4.17.21.tgz", 311_799, Map.of(HashAlgorithm.SHA256, "a".repeat(64),
                        HashAlgorithm.SHA1, "b".repeat(40)))));
    }

    private static List<RepositoryId> targets(Backend b) {
        return List.of(RepositoryId.of(owner(b), DOMAIN, "team"), RepositoryId.of(owner(b), DOMAIN, "npm-store"));
    }

    private static List<String> listedPackages(Backend b, String repository) {
        return b.catalog().packages().list(PackageQuery.in(owner(b), DOMAIN, repository)).items().stream()
                .map(PackageSummary::coordinate).map(PackageCoordinate::displayName).toList();
    }

    private static List<String> listedVersions(Backend b, String repository) {
        PackageRef ref = b.catalog().locator().locate(owner(b), DOMAIN, repository, "npm", null, "lodash");
        return b.catalog().versions().list(ref, null, null, null, null, null).page().items().stream()
                .map(PackageVersion::version).toList();
    }

    @Test
    void aFetchedVersionIsListedOnlyAfterThePersistenceLatency() throws Exception {
        ManualScheduler scheduler = new ManualScheduler(clock);
        try (Backend b = open(scheduler)) {
            createRepositories(b);
            PendingPersistence scheduled = b.tasks().visibility().schedule(lodash(b), targets(b));

            Instant expected = Instant.parse("2026-11-22T10:03:00Z");
            assertThat(scheduled.visibleAt()).isEqualTo(expected);
            assertThat(b.tasks().visibility().pending()).singleElement().satisfies(p -> {
                assertThat(p.coordinate().displayName()).isEqualTo("lodash");
                assertThat(p.versionName()).isEqualTo("4.17.21");
                assertThat(p.repositories()).extracting(RepositoryId::name).containsExactly("team", "npm-store");
                assertThat(p.visibleAt()).isEqualTo(expected);
            });
            TaskSnapshot task = persistTask(b);
            assertThat(task.state()).isEqualTo(TaskState.SCHEDULED);
            assertThat(task.dueAt()).isEqualTo(expected);
            assertThat(task.title()).isEqualTo("Make lodash 4.17.21 (lodash-4.17.21.tgz) visible in team, npm-store");
            assertThat(listedPackages(b, "team")).isEmpty();
            assertThat(listedPackages(b, "npm-store")).isEmpty();

            scheduler.advance(Duration.ofMinutes(2).plusSeconds(59));
            assertThat(b.tasks().queue().awaitIdle(WAIT)).isTrue();
            assertThat(listedPackages(b, "team")).isEmpty();

            scheduler.advance(Duration.ofSeconds(1));
            assertThat(b.tasks().queue().awaitIdle(WAIT)).isTrue();

            assertThat(listedPackages(b, "team")).containsExactly("lodash");
            assertThat(listedPackages(b, "npm-store")).containsExactly("lodash");
            assertThat(listedVersions(b, "team")).containsExactly("4.17.21");
            PackageRef ref = b.catalog().locator().locate(owner(b), DOMAIN, "npm-store", "npm", null, "lodash");
            PackageVersion v = b.catalog().versions().describe(ref, "4.17.21");
            assertThat(v.origin()).isEqualTo(PackageVersionOrigin.external(ExternalConnection.NPMJS));
            assertThat(v.metadata().summary()).isEqualTo("Lodash modular utilities.");
            assertThat(b.catalog().versions().listAssets(ref, "4.17.21", null, null).items()).singleElement()
                    .satisfies(a -> assertThat(a.hashes()).containsEntry(HashAlgorithm.SHA1, "b".repeat(40)));
            assertThat(b.tasks().visibility().pending()).isEmpty();
            assertThat(b.tasks().queue().history()).singleElement().satisfies(t -> {
                assertThat(t.state()).isEqualTo(TaskState.SUCCEEDED);
                assertThat(t.outcome()).isEqualTo("lodash 4.17.21 is now visible in team, npm-store");
            });
        }
    }

    @Test
    void schedulingTheSameVersionTwiceKeepsTheFirstPromise() throws Exception {
        ManualScheduler scheduler = new ManualScheduler(clock);
        try (Backend b = open(scheduler)) {
            createRepositories(b);
            b.tasks().visibility().schedule(lodash(b), targets(b));
            clock.advance(Duration.ofMinutes(1));
            b.tasks().visibility().schedule(lodash(b), targets(b));

            assertThat(b.tasks().visibility().pending()).singleElement()
                    .satisfies(p -> assertThat(p.visibleAt()).isEqualTo(Instant.parse("2026-11-22T10:03:00Z")));
            assertThat(persistTask(b).waiters()).isEqualTo(2);
        }
    }

    @Test
    void aRepositoryThatAlreadyHasTheVersionIsSkipped() throws Exception {
        ManualScheduler scheduler = new ManualScheduler(clock);
        try (Backend b = open(scheduler)) {
            createRepositories(b);
            NewVersion v = lodash(b);
            b.catalog().packages().recordVersion(new NewVersion(RepositoryId.of(owner(b), DOMAIN, "npm-store"), v.coordinate(),
                    v.version(), v.status(), v.origin(), v.publishedTime(), v.metadata(), v.assets()));
            b.tasks().visibility().schedule(v, targets(b));

            scheduler.advance(Duration.ofMinutes(3));
            assertThat(b.tasks().queue().awaitIdle(WAIT)).isTrue();

            assertThat(listedVersions(b, "team")).containsExactly("4.17.21");
            assertThat(b.tasks().queue().history()).singleElement().satisfies(t -> {
                assertThat(t.state()).isEqualTo(TaskState.SUCCEEDED);
                assertThat(t.outcome()).isEqualTo("lodash 4.17.21 is now visible in team (npm-store already had it)");
            });
        }
    }

    @Test
    void targetsMustBeInTheVersionsDomain() {
        ManualScheduler scheduler = new ManualScheduler(clock);
        try (Backend b = open(scheduler)) {
            createRepositories(b);
            assertThatThrownBy(() -> b.tasks().visibility().schedule(lodash(b), List.of(RepositoryId.of(owner(b), "other", "team"))))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("not in domain");
            assertThatThrownBy(() -> b.tasks().visibility().schedule(lodash(b), List.of()))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("at least one repository");
        }
    }

    @Test
    void aRestartAfterTheDueTimePersistsAtOnceWithoutReScheduling() throws Exception {
        try (Backend first = open(new ManualScheduler(clock))) {
            createRepositories(first);
            first.tasks().visibility().schedule(lodash(first), targets(first));
        }

        clock.advance(Duration.ofMinutes(10));
        ManualScheduler afterRestart = new ManualScheduler(clock);
        try (Backend second = open(afterRestart)) {
            assertThat(second.tasks().queue().awaitIdle(WAIT)).isTrue();

            assertThat(listedVersions(second, "team")).containsExactly("4.17.21");
            assertThat(listedVersions(second, "npm-store")).containsExactly("4.17.21");
            assertThat(second.tasks().visibility().pending()).isEmpty();
            assertThat(afterRestart.dueTimes()).isEmpty();
            assertThat(second.tasks().queue().history()).singleElement().satisfies(t -> {
                assertThat(t.kind()).isEqualTo(TaskKind.PERSIST);
                assertThat(t.state()).isEqualTo(TaskState.SUCCEEDED);
                assertThat(t.createdAt()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
            });
        }

        try (Backend third = open(new ManualScheduler(clock))) {
            assertThat(third.tasks().queue().snapshot()).as("the finished task is no longer stored").isEmpty();
        }
    }

    @Test
    void aRestartBeforeTheDueTimeKeepsTheOriginalDueTime() throws Exception {
        try (Backend first = open(new ManualScheduler(clock))) {
            createRepositories(first);
            first.tasks().visibility().schedule(lodash(first), targets(first));
        }

        clock.advance(Duration.ofMinutes(1));
        ManualScheduler afterRestart = new ManualScheduler(clock);
        try (Backend second = open(afterRestart)) {
            assertThat(second.tasks().visibility().pending()).singleElement()
                    .satisfies(p -> assertThat(p.visibleAt()).isEqualTo(Instant.parse("2026-11-22T10:03:00Z")));
            assertThat(persistTask(second).state()).isEqualTo(TaskState.SCHEDULED);
            assertThat(listedPackages(second, "team")).isEmpty();

            afterRestart.advance(Duration.ofMinutes(2));
            assertThat(second.tasks().queue().awaitIdle(WAIT)).isTrue();

            assertThat(listedVersions(second, "team")).containsExactly("4.17.21");
        }
    }

    private static TaskSnapshot persistTask(Backend b) {
        return b.tasks().queue().snapshot().stream().filter(t -> t.kind() == TaskKind.PERSIST).findFirst().orElseThrow();
    }
}
