package dev.packyard.upstream.health;

import dev.packyard.model.health.HealthState;
import dev.packyard.model.health.HealthSnapshot;
import dev.packyard.model.health.HealthTransition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.testing.MutableClock;
import dev.packyard.upstream.FailureKind;
import dev.packyard.upstream.NotFoundUpstreamException;
import dev.packyard.upstream.PackageListing;
import dev.packyard.upstream.RegistryClient;
import dev.packyard.upstream.UpstreamUnavailableException;
import dev.packyard.upstream.http.HttpSettings;
import dev.packyard.upstream.http.UpstreamHttp;
import dev.packyard.formats.npm.upstream.NpmRegistryClient;
import dev.packyard.upstream.timing.TimingProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The circuit breaker of an npm connection against a registry that the test breaks and mends. */
class ConnectionHealthTest {
    private static final ExternalConnection NPM = ExternalConnection.NPMJS;
    private static final String PACKUMENT = """
            {"name":"%s","dist-tags":{"latest":"1.0.0"},"versions":{"1.0.0":{"name":"%s","version":"1.0.0",
             "dist":{"tarball":"http://127.0.0.1:9/%s-1.0.0.tgz","shasum":"0000000000000000000000000000000000000000"}}}}
            """;

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = MutableClock.startingAt("2026-03-01T10:00:00Z");
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private final List<HealthTransition> announced = new ArrayList<>();
    private ConnectionHealthBoard board;
    private NegativeCache notFound;
    private GuardedRegistryClient client;
    private HealthProber prober;

    @BeforeEach
    void setUp() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int code = status.get();
                String name = request.getUrl().pathSegments().get(0);
                return code == 200
                        ? new MockResponse.Builder().setHeader("Content-Type", "application/json")
                            .body(PACKUMENT.formatted(name, name, name)).build()
                        : new MockResponse.Builder().code(code).body("status " + code).build();
            }
        });
        TimingProfile timing = TimingProfile.codeartifact();
        board = new ConnectionHealthBoard(HealthPolicy.from(timing), clock);
        board.addListener((transition, now) -> announced.add(transition));
        notFound = new NegativeCache(board, timing.negativeCacheTtl(), clock, 1000);
        RegistryClient npm = new NpmRegistryClient(server.url("/").toString(), new UpstreamHttp(HttpSettings.DEFAULT, clock));
        client = new GuardedRegistryClient(NPM, npm, board, notFound);
        prober = new HealthProber(board, c -> c == NPM ? Optional.of(npm) : Optional.empty());
    }

    @Test
    void notFoundAnswersNeverTripTheConnection() {
        status.set(404);
        for (int i = 0; i < 10; i++) {
            String name = "missing-" + i;
            assertThat(catchThrowable(() -> client.fetchListing(pkg(name)))).isInstanceOf(NotFoundUpstreamException.class);
        }

        assertThat(health().state()).isEqualTo(HealthState.AVAILABLE);
        assertThat(health().history()).isEmpty();
    }

    @Test
    void a429WithoutRetryAfterThrottlesWithADoublingBackOffAndNeverTripsAnOutage() throws Exception {
        status.set(429);
        UpstreamUnavailableException first = failure(() -> client.fetchListing(pkg("a")));
        assertThat(first.kind()).isEqualTo(FailureKind.THROTTLED);
        assertThat(health().snapshot().throttledUntil()).as("no Retry-After: the first back-off")
                .contains(Instant.parse("2026-03-01T10:00:30Z"));

        int requests = server.getRequestCount();
        UpstreamUnavailableException inside = failure(() -> client.fetchListing(pkg("b")));
        assertThat(server.getRequestCount()).as("nothing is asked inside the window").isEqualTo(requests);
        assertThat(inside.kind()).isEqualTo(FailureKind.THROTTLED);
        assertThat(inside.getMessage()).contains("upstream throttled, retry after 30 s");
        assertThat(inside.retryAfter()).contains(Instant.parse("2026-03-01T10:00:30Z"));

        for (int round = 1; round <= 6; round++) {
            clock.advance(health().snapshot().untilNextProbe().orElseThrow());
            failure(() -> client.fetchListing(pkg("a")));
            assertThat(health().state()).isEqualTo(HealthState.THROTTLED);
        }
        assertThat(health().snapshot().untilNextProbe()).as("doubled up to the cap").contains(Duration.ofMinutes(10));
        assertThat(announced).extracting(HealthTransition::to).doesNotContain(HealthState.OUTAGE, HealthState.DEGRADED);

        status.set(200);
        clock.advance(Duration.ofMinutes(10));
        client.fetchListing(pkg("a"));
        assertThat(health().state()).isEqualTo(HealthState.AVAILABLE);
    }

    @Test
    void theEndOfAThrottleWindowIsNoticedByTheProberWithoutARequest() {
        health().recordFailure(new UpstreamUnavailableException(FailureKind.THROTTLED, "http://x", "HTTP 429", 429,
                clock.instant().plusSeconds(30), null));
        assertThat(prober.runDueProbes()).isEmpty();
        assertThat(health().state()).isEqualTo(HealthState.THROTTLED);

        clock.advance(Duration.ofSeconds(30));
        prober.runDueProbes();
        assertThat(health().state()).isEqualTo(HealthState.AVAILABLE);
        assertThat(health().snapshot().reason()).contains("throttle window over");
        assertThat(server.getRequestCount()).as("nothing was asked of the registry").isZero();
    }

    @Test
    void aConnectionSetOfflineStaysOfflineWhenALate429Arrives() {
        health().setOffline("maintenance");
        health().recordFailure(new UpstreamUnavailableException(FailureKind.THROTTLED, "http://x", "HTTP 429", 429,
                clock.instant().plusSeconds(30), null));
        assertThat(health().state()).isEqualTo(HealthState.OFFLINE);
    }

    @Test
    void serverErrorsDegradeThenTripToAnOutageThatFailsFastAsUnavailable() {
        status.set(503);
        for (int i = 1; i <= 4; i++) {
            assertThat(failure(() -> client.fetchListing(pkg("a"))).kind()).isEqualTo(FailureKind.SERVER_ERROR);
            assertThat(health().state()).isEqualTo(HealthState.DEGRADED);
        }
        failure(() -> client.fetchListing(pkg("a")));

        HealthSnapshot outage = health().snapshot();
        assertThat(outage.state()).isEqualTo(HealthState.OUTAGE);
        assertThat(outage.reason()).contains("5 failures in a row").contains("HTTP 503");
        assertThat(outage.status()).contains(503);
        assertThat(outage.nextProbeAt()).contains(Instant.parse("2026-03-01T10:00:30Z"));
        assertThat(outage.untilNextProbe()).contains(Duration.ofSeconds(30));

        int requestsBefore = server.getRequestCount();
        UpstreamUnavailableException fast = failure(() -> client.fetchListing(pkg("b")));
        assertThat(server.getRequestCount()).isEqualTo(requestsBefore);
        assertThat(fast.kind()).isEqualTo(FailureKind.FAIL_FAST);
        assertThat(fast.getMessage()).startsWith("Upstream unavailable")
                .contains("public:npmjs is in an outage since 10:00:00 UTC, just now (5 failures in a row")
                .contains("Packyard tries it again at 10:00:30 UTC, in 30 s")
                .as("no ISO instant in a message people read").doesNotContain("10:00:30Z");
        assertThat(fast.retryAfter()).contains(Instant.parse("2026-03-01T10:00:30Z"));
        assertThat(announced).extracting(HealthTransition::to).containsExactly(HealthState.DEGRADED, HealthState.OUTAGE);
    }

    @Test
    void probesAtDoublingIntervalsUpToTheCapThenRecovers() {
        trip();
        Instant t = clock.instant();
        List<Duration> gaps = new ArrayList<>();
        for (int probe = 0; probe < 7; probe++) {
            Instant due = health().snapshot().nextProbeAt().orElseThrow();
            gaps.add(Duration.between(t, due));
            clock.advance(Duration.between(clock.instant(), due).minusSeconds(1));
            assertThat(prober.runDueProbes()).isEmpty();
            clock.advance(Duration.ofSeconds(1));
            assertThat(prober.runDueProbes()).containsExactly(NPM);
            assertThat(health().state()).isEqualTo(HealthState.OUTAGE);
            t = clock.instant();
        }
        assertThat(gaps).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(10), Duration.ofMinutes(10));

        status.set(200);
        clock.advance(Duration.ofMinutes(10));
        assertThat(prober.runDueProbes()).containsExactly(NPM);
        HealthSnapshot recovered = health().snapshot();
        assertThat(recovered.state()).isEqualTo(HealthState.RECOVERED);
        assertThat(recovered.reason()).contains("answered again");

        clock.advance(Duration.ofMinutes(2));
        assertThat(health().state()).isEqualTo(HealthState.AVAILABLE);
        List<HealthTransition> history = health().history();
        assertThat(history.get(history.size() - 1).at()).isEqualTo(recovered.since().plus(Duration.ofMinutes(2)));
        assertThat(history).extracting(HealthTransition::to).endsWith(HealthState.PROBING, HealthState.RECOVERED, HealthState.AVAILABLE);
    }

    @Test
    void theFirstRequestAfterTheBlockIsTheProbeAndARealAnswerRecovers() throws Exception {
        trip();
        status.set(200);
        clock.advance(Duration.ofSeconds(30));

        PackageListing listing = client.fetchListing(pkg("left-pad"));

        assertThat(listing.versionNames()).containsExactly("1.0.0");
        assertThat(health().history()).extracting(HealthTransition::to).endsWith(HealthState.PROBING, HealthState.RECOVERED);
    }

    @Test
    void theManualOfflineSwitchStopsAllRequestsUntilSetOnline() throws Exception {
        health().setOffline("planned maintenance window");

        UpstreamUnavailableException e = failure(() -> client.fetchListing(pkg("left-pad")));
        assertThat(e.getMessage()).contains("set offline").contains("planned maintenance window");
        assertThat(server.getRequestCount()).isZero();

        health().setOnline();
        assertThat(client.fetchListing(pkg("left-pad")).versionNames()).containsExactly("1.0.0");
        assertThat(health().history()).extracting(HealthTransition::to).containsExactly(HealthState.OFFLINE, HealthState.AVAILABLE);
    }

    @Test
    void refusedCredentialsAreReportedButDoNotTrip() {
        status.set(401);
        for (int i = 0; i < 8; i++) {
            assertThat(failure(() -> client.fetchListing(pkg("private"))).kind()).isEqualTo(FailureKind.REJECTED);
        }
        assertThat(health().state()).isEqualTo(HealthState.AVAILABLE);
    }

    @Test
    void aTrue404IsRememberedForTheTtlWithoutAskingAgain() {
        status.set(404);
        catchThrowable(() -> client.fetchListing(pkg("typo-pkg")));
        int asked = server.getRequestCount();

        Throwable again = catchThrowable(() -> client.fetchListing(pkg("typo-pkg")));
        assertThat(again).isInstanceOf(NotFoundUpstreamException.class).hasMessageContaining("remembered");
        assertThat(server.getRequestCount()).isEqualTo(asked);
        assertThat(notFound.entries()).singleElement().satisfies(entry ->
                assertThat(entry.remaining(clock.instant())).isEqualTo(Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(5));
        catchThrowable(() -> client.fetchListing(pkg("typo-pkg")));
        assertThat(server.getRequestCount()).isEqualTo(asked + 1);
    }

    @Test
    void aFileRememberedAsMissingIsForgottenWhenAFreshListingListsIt() throws Exception {
        String tarball = "http://127.0.0.1:9/left-pad-1.0.0.tgz";
        assertThat(notFound.remember(NPM, GuardedRegistryClient.fileKey(tarball), tarball)).isTrue();

        client.fetchListing(pkg("left-pad"));

        assertThat(notFound.entries()).isEmpty();
    }

    @Test
    void theNegativeCacheIsNeverWrittenDuringAnOutageProbingOrOffline() {
        trip();
        Throwable during = catchThrowable(() -> client.fetchListing(pkg("new-pkg")));
        assertThat(during).isInstanceOf(UpstreamUnavailableException.class);
        assertThat(notFound.remember(NPM, "listing npm new-pkg", "http://127.0.0.1/new-pkg")).isFalse();

        clock.advance(Duration.ofSeconds(30));
        assertThat(catchThrowable(() -> health().admit())).isNull();
        assertThat(health().state()).isEqualTo(HealthState.PROBING);
        assertThat(notFound.remember(NPM, "listing npm new-pkg", "http://127.0.0.1/new-pkg")).isFalse();

        health().setOffline(null);
        assertThat(notFound.remember(NPM, "listing npm new-pkg", "http://127.0.0.1/new-pkg")).isFalse();
        assertThat(notFound.entries()).isEmpty();
    }

    @Test
    void theHistoryIsBounded() {
        ConnectionHealth small = new ConnectionHealth(NPM, new HealthPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), 3), clock);
        for (int i = 0; i < 10; i++) {
            small.setOffline("off " + i);
            small.setOnline();
        }
        assertThat(small.history()).hasSize(3).last().extracting(HealthTransition::to).isEqualTo(HealthState.AVAILABLE);
    }

    private void trip() {
        status.set(503);
        for (int i = 0; i < 5; i++) {
            failure(() -> client.fetchListing(pkg("a")));
        }
        assertThat(health().state()).isEqualTo(HealthState.OUTAGE);
    }

    private ConnectionHealth health() {
        return board.of(NPM);
    }

    private static PackageCoordinate pkg(String name) {
        return PackageCoordinate.of(PackageFormat.NPM, null, name);
    }

    private static UpstreamUnavailableException failure(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(UpstreamUnavailableException.class);
        return (UpstreamUnavailableException) thrown;
    }
}
