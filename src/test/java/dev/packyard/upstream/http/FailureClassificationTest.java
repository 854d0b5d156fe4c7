package dev.packyard.upstream.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.testing.MutableClock;
import dev.packyard.upstream.AssetLocation;
import dev.packyard.upstream.FailureKind;
import dev.packyard.upstream.FetchedAsset;
import dev.packyard.upstream.FileAssetSink;
import dev.packyard.upstream.Fixtures;
import dev.packyard.upstream.NotFoundUpstreamException;
import dev.packyard.upstream.UpstreamUnavailableException;
import dev.packyard.formats.npm.upstream.NpmRegistryClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a registry can fail maps to one honest answer: not found, or unavailable with the right reason. */
class FailureClassificationTest {
    private static final PackageCoordinate PKG = PackageCoordinate.of(PackageFormat.NPM, null, "left-pad");
    private static final Duration READ_TIMEOUT = Duration.ofMillis(400);

    @StartStop
    private final MockWebServer server = new MockWebServer();
    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.startingAt("2026-01-01T00:00:00Z");
    private final byte[] tgz = Fixtures.fileBytes("left-pad-1.3.0", 64 * 1024);
    private NpmRegistryClient client;
    private AssetLocation tarball;

    @BeforeEach
    void setUp() {
        HttpSettings settings = HttpSettings.DEFAULT.withTimeouts(Duration.ofSeconds(2), READ_TIMEOUT);
        client = new NpmRegistryClient(server.url("/").toString(), new UpstreamHttp(settings, clock));
        tarball = new AssetLocation("left-pad-1.3.0.tgz", server.url("/left-pad/-/left-pad-1.3.0.tgz").toString(),
                Map.of(HashAlgorithm.SHA256, Fixtures.hex("SHA-256", tgz)));
    }

    @Test
    void notFoundIsNotAFailure() {
        server.enqueue(new MockResponse.Builder().code(404).build());
        assertThatThrownBy(() -> client.fetchListing(PKG)).isInstanceOf(NotFoundUpstreamException.class);
    }

    @Test
    void serviceUnavailableIsAServerErrorWithItsStatusAndRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "120").body("maintenance").build());

        UpstreamUnavailableException e = unavailable(() -> client.fetchListing(PKG));

        assertThat(e.kind()).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(e.httpStatus()).hasValue(503);
        assertThat(e.retryAfter()).contains(Instant.parse("2026-01-01T00:02:00Z"));
        assertThat(e.getMessage()).startsWith("Upstream unavailable").contains("HTTP 503");
    }

    @Test
    void unauthorizedSaysToCheckCredentialsAndDoesNotCountAsAnOutage() {
        server.enqueue(new MockResponse.Builder().code(401).build());

        UpstreamUnavailableException e = unavailable(() -> client.fetchListing(PKG));

        assertThat(e.kind()).isEqualTo(FailureKind.REJECTED);
        assertThat(e.kind().indicatesOutage()).isFalse();
        assertThat(e.getMessage()).contains("credentials");
    }

    @Test
    void aConnectionResetBeforeTheResponseIsAConnectionFailure() {
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

        assertThat(unavailable(() -> client.fetchListing(PKG)).kind()).isEqualTo(FailureKind.CONNECTION);
    }

    @Test
    void aKeptAliveConnectionTheRegistryClosedWhileIdleIsReplacedNotReportedAsAnOutage() throws Exception {
        // Registries (and the proxies before them) close idle keep-alive connections; the next request must not fail.
        server.enqueue(new MockResponse.Builder().body("{\"name\":\"left-pad\",\"versions\":{}}")
                .onResponseEnd(new SocketEffect.CloseSocket()).build());
        server.enqueue(new MockResponse.Builder().body("{\"name\":\"left-pad\",\"versions\":{}}").build());

        client.fetchListing(PKG);
        Thread.sleep(100);

        assertThat(client.fetchListing(PKG).versions()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aRefusedConnectionIsAConnectionFailure() throws Exception {
        MockWebServer gone = new MockWebServer();
        gone.start();
        String url = gone.url("/").toString();
        gone.close();
        NpmRegistryClient refused = new NpmRegistryClient(url, new UpstreamHttp(HttpSettings.DEFAULT, clock));

        UpstreamUnavailableException e = unavailable(() -> refused.fetchListing(PKG));

        assertThat(e.kind()).isEqualTo(FailureKind.CONNECTION);
        assertThat(e.getMessage()).contains("connection refused");
    }

    @Test
    void noAnswerWithinTheReadTimeoutIsATimeout() {
        server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).body("{}").build());

        assertThat(unavailable(() -> client.fetchListing(PKG)).kind()).isEqualTo(FailureKind.TIMEOUT);
    }

    @Test
    void aBodyCutShortIsTruncatedAndNothingIsKept() throws Exception {
        server.enqueue(new MockResponse.Builder().body(new Buffer().write(tgz))
                .onResponseBody(new SocketEffect.CloseSocket()).build());
        Path target = dir.resolve("left-pad-1.3.0.tgz");

        UpstreamUnavailableException e = unavailable(() -> client.download(tarball, (b, t) -> { }, new FileAssetSink(target)));

        assertThat(e.kind()).isEqualTo(FailureKind.TRUNCATED);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aDownloadThatStallsMidwayIsATimeoutAndNothingIsKept() throws Exception {
        server.enqueue(new MockResponse.Builder().body(new Buffer().write(tgz))
                .throttleBody(16 * 1024, 3, TimeUnit.SECONDS).build());
        Path target = dir.resolve("left-pad-1.3.0.tgz");

        UpstreamUnavailableException e = unavailable(() -> client.download(tarball, (b, t) -> { }, new FileAssetSink(target)));

        assertThat(e.kind()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(e.getMessage()).contains("stalled");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aSlowDripThatKeepsComingIsASuccessWithSteadyProgress() throws Exception {
        server.enqueue(new MockResponse.Builder().body(new Buffer().write(tgz))
                .throttleBody(8 * 1024, 50, TimeUnit.MILLISECONDS).build());
        List<Long> progress = new ArrayList<>();

        FetchedAsset fetched = client.download(tarball, (bytes, total) -> progress.add(bytes),
                new FileAssetSink(dir.resolve("left-pad-1.3.0.tgz")));

        assertThat(fetched.size()).isEqualTo(tgz.length);
        assertThat(fetched.verifiedWith()).contains(HashAlgorithm.SHA256);
        assertThat(progress.size()).isGreaterThanOrEqualTo(8);
        assertThat(progress).isSorted();
    }

    private static UpstreamUnavailableException unavailable(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(UpstreamUnavailableException.class);
        return (UpstreamUnavailableException) thrown;
    }
}
