package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.health.HealthSnapshot;
import dev.packyard.model.health.HealthState;
import dev.packyard.model.health.HealthTransition;
import dev.packyard.server.ServerSettings;
import dev.packyard.upstream.health.ConnectionHealth;
import dev.packyard.upstream.health.GuardedRegistryClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry that answers 429 with {@code Retry-After: 30}: the connection is throttled (not in an outage) until the
 * window ends, no call reaches the registry before then, retained versions keep installing, the client is told
 * "upstream throttled" with a 503 and the registry's Retry-After, nothing is remembered as not found, the health
 * timeline has it, and once the clock passes the window the next request goes out and succeeds.
 */
class ThrottledUpstreamTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private MockWebServer registry;
    private NpmUpstreamServer f;
    private volatile boolean throttling;
    private final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        registry = new MockWebServer();
        registry.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                calls.incrementAndGet();
                if (throttling) {
                    return new MockResponse.Builder().code(429).setHeader("Retry-After", "30").body("slow down").build();
                }
                String path = request.getUrl().encodedPath();
                return path.endsWith(".tgz") ? new MockResponse.Builder().body(new Buffer().write(tarball(version(path)))).build()
                        : packument();
            }
        });
        registry.start();
        f = new NpmUpstreamServer(dir, registry.url("/").toString(), ServerSettings.defaults("127.0.0.1", 0));
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
        registry.close();
    }

    @Test
    void a429ThrottlesTheConnectionUntilItsRetryAfterAndRetainedVersionsStillInstall() throws Exception {
        assertThat(get("calm/-/calm-1.0.0.tgz").status()).isEqualTo(200);
        f.scheduler.advance(Duration.ofMinutes(5));

        throttling = true;
        int before = calls.get();
        PackageServerFixture.Answer throttled = get("calm/-/calm-1.1.0.tgz");
        assertThat(throttled.status()).isEqualTo(503);
        assertThat(throttled.headers().get("Retry-After")).isEqualTo("30");
        assertThat(JSON.readTree(throttled.body()).path("error").asText()).startsWith("Upstream throttled: ");
        assertThat(calls.get() - before).as("the one call that got the 429").isEqualTo(1);
        ConnectionHealth health = f.fetch.connections().health().of(ExternalConnection.NPMJS);
        HealthSnapshot snapshot = health.snapshot();
        assertThat(snapshot.state()).isEqualTo(HealthState.THROTTLED);
        assertThat(snapshot.throttledUntil()).contains(f.clock.instant().plusSeconds(30));
        assertThat(snapshot.consecutiveFailures()).as("a 429 is no step towards an outage").isZero();

        f.clock.advance(Duration.ofSeconds(10));
        PackageServerFixture.Answer again = get("calm/-/calm-1.1.0.tgz");
        assertThat(again.status()).isEqualTo(503);
        assertThat(again.headers().get("Retry-After")).isEqualTo("20");
        assertThat(JSON.readTree(again.body()).path("error").asText()).contains("upstream throttled, retry after 20 s");
        assertThat(calls.get() - before).as("no call inside the window").isEqualTo(1);

        assertThat(get("calm/-/calm-1.0.0.tgz").status()).as("a retained version installs").isEqualTo(200);
        JsonNode packument = JSON.readTree(get("calm").body());
        assertThat(packument.path("versions").has("1.1.0")).as("the listing Packyard has is still served").isTrue();
        assertThat(f.fetch.connections().notFound().lookup(ExternalConnection.NPMJS,
                GuardedRegistryClient.fileKey(registry.url("/calm/-/calm-1.1.0.tgz").toString()))).as("a 429 is not a 404").isEmpty();
        assertThat(f.fetch.connections().notFound().entries()).isEmpty();
        assertThat(health.history()).extracting(HealthTransition::to).contains(HealthState.THROTTLED);
        assertThat(health.history()).filteredOn(t -> t.to() == HealthState.THROTTLED).singleElement()
                .satisfies(t -> assertThat(t.reason()).contains("429").contains("Retry-After 30 s"));

        throttling = false;
        f.clock.advance(Duration.ofSeconds(21));
        PackageServerFixture.Answer recovered = get("calm/-/calm-1.1.0.tgz");
        assertThat(recovered.status()).isEqualTo(200);
        assertThat(recovered.body()).isEqualTo(new String(tarball("1.1.0"), StandardCharsets.UTF_8));
        assertThat(health.state()).isEqualTo(HealthState.AVAILABLE);
        assertThat(health.history()).last().satisfies(t -> assertThat(t.reason()).contains("throttle window over"));
    }

    @Test
    void aPackageNeverSeenGets503WithTheRegistrysRetryAfterNot404() throws Exception {
        throttling = true;
        PackageServerFixture.Answer answer = get("never-seen");
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.headers().get("Retry-After")).isEqualTo("30");
        assertThat(JSON.readTree(answer.body()).path("error").asText()).startsWith("Upstream throttled: ");
        assertThat(f.fetch.connections().notFound().entries()).isEmpty();

        throttling = false;
        f.clock.advance(Duration.ofSeconds(31));
        assertThat(get("never-seen").status()).as("the listing is fetched once the window is over").isEqualTo(200);
    }

    private PackageServerFixture.Answer get(String path) throws Exception {
        try (Response r = f.http.newCall(f.authorized(f.npm(path)).build()).execute()) {
            return new PackageServerFixture.Answer(r.code(), r.body().string(), r.headers());
        }
    }

    private static String version(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.substring(file.lastIndexOf('-') + 1, file.length() - ".tgz".length());
    }

    private static byte[] tarball(String version) {
        return ("tarball of calm " + version).getBytes(StandardCharsets.UTF_8);
    }

    private MockResponse packument() {
        try {
            StringBuilder versions = new StringBuilder();
            for (String v : new String[] {"1.0.0", "1.1.0"}) {
                String integrity = "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(tarball(v)));
                versions.append(versions.isEmpty() ? "" : ",").append("""
                        "%1$s":{"name":"calm","version":"%1$s","dist":{"tarball":"%2$s","integrity":"%3$s"}}"""
                        .formatted(v, registry.url("/calm/-/calm-" + v + ".tgz"), integrity));
            }
            String json = "{\"name\":\"calm\",\"dist-tags\":{\"latest\":\"1.1.0\"},\"versions\":{" + versions
                    + "},\"time\":{\"1.0.0\":\"2026-02-01T00:00:00.000Z\",\"1.1.0\":\"2026-02-02T00:00:00.000Z\"}}";
            return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(json).build();
        } catch (Exception e) {
            return new MockResponse.Builder().code(500).body(e.toString()).build();
        }
    }
}
