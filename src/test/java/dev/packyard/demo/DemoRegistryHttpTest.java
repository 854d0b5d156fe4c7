package dev.packyard.demo;

import dev.packyard.app.InstalledFormats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.demo.common.Digests;
import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.demo.conditions.SlowDrip;
import dev.packyard.model.PackageFormat;
import dev.packyard.testing.MutableClock;
import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The running demo registry over real HTTP: base URLs, outages, latency, slow drip, publishing and counters. */
class DemoRegistryHttpTest {
    private final ObjectMapper json = new ObjectMapper();
    private final OkHttpClient plain = new OkHttpClient.Builder().retryOnConnectionFailure(false)
            .readTimeout(Duration.ofSeconds(20)).build();
    private final MutableClock clock = MutableClock.startingAt("2026-06-01T12:00:00Z");
    private OkHttpClient http;
    private DemoRegistry registry;
    private DemoEndpoints endpoints;

    @BeforeEach
    void start() {
        registry = new DemoRegistry(clock, InstalledFormats.formats().demoStandIns());
        endpoints = registry.start(0);
        // As the console does: every control request carries this run's secret.
        http = plain.newBuilder().addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                .header(DemoRegistry.controlSecretHeader(), registry.controlSecret()).build())).build();
    }

    @Test
    void controlsWithoutThisRunsSecretAreRefusedAndChangeNothing() throws Exception {
        for (String secret : new String[] {null, "guessed", new DemoRegistry(clock, InstalledFormats.formats().demoStandIns()).controlSecret()}) {
            Request.Builder request = new Request.Builder().url(endpoints.controls() + "npm/outage?mode=503")
                    .post(RequestBody.create(new byte[0]));
            if (secret != null) {
                request.header(DemoRegistry.controlSecretHeader(), secret);
            }
            try (Response response = plain.newCall(request.build()).execute()) {
                assertThat(response.code()).as("secret " + secret).isEqualTo(403);
                assertThat(json.readTree(response.body().string()).get("error").asText()).contains("secret");
            }
            try (Response status = plain.newCall(new Request.Builder().url(endpoints.controls() + "status").build()).execute()) {
                assertThat(status.code()).isEqualTo(403);
            }
        }
        assertThat(registry.controls(PackageFormat.NPM).outage()).as("no outage was started").isEmpty();
        assertThat(status(endpoints.baseFor(PackageFormat.NPM) + "tree-leaf")).isEqualTo(200);
    }

    @Test
    void corruptFilesSpoilOnlyPackageFilesUntilRepaired() throws Exception {
        String tarball = endpoints.baseFor(PackageFormat.NPM) + "tree-leaf/-/tree-leaf-1.2.0.tgz";
        byte[] good = bytes(tarball);
        String packument = new String(bytes(endpoints.baseFor(PackageFormat.NPM) + "tree-leaf"));

        assertThat(post("npm/corrupt?mode=wrong-hash").get("corruptFiles").asText()).isEqualTo("wrong-hash");
        byte[] spoiled = bytes(tarball);
        assertThat(spoiled).hasSameSizeAs(good).isNotEqualTo(good);
        assertThat(new String(bytes(endpoints.baseFor(PackageFormat.NPM) + "tree-leaf"))).as("metadata untouched").isEqualTo(packument);

        post("npm/corrupt?mode=wrong-length");
        assertThat(bytes(tarball)).hasSizeLessThan(good.length).isEqualTo(java.util.Arrays.copyOf(good, bytes(tarball).length));

        post("npm/corrupt?mode=truncated");
        try (Response response = call(tarball)) {
            assertThat(response.code()).isEqualTo(200);
            assertThatThrownBy(() -> response.body().bytes()).isInstanceOf(IOException.class);
        }

        assertThat(delete("npm/corrupt").get("corruptFiles").isNull()).isTrue();
        assertThat(bytes(tarball)).isEqualTo(good);
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void startingOnPortZeroGivesBaseUrlsPerFormatOnLoopback() {
        assertThat(endpoints.origin().getHost()).isEqualTo("127.0.0.1");
        assertThat(endpoints.origin().getPort()).isPositive();
        assertThat(endpoints.baseFor(PackageFormat.NPM)).hasPath("/npm/");
        assertThat(endpoints.baseFor(PackageFormat.PYPI).resolve("simple/")).hasPath("/pypi/simple/");
        assertThat(endpoints.baseFor(PackageFormat.MAVEN)).hasPath("/maven2/");
        assertThat(endpoints.baseFor(PackageFormat.MAVEN)).isEqualTo(endpoints.origin().resolve("maven2/"));
        assertThat(registry.endpoints()).contains(endpoints);
        assertThatThrownBy(() -> registry.start(0)).isInstanceOf(IllegalStateException.class).hasMessageContaining("already running");
    }

    @Test
    void anOutageAnswers503UntilTheRegistryRecovers() throws Exception {
        RegistryControls npm = registry.controls(PackageFormat.NPM);
        assertThat(status(endpoints.baseFor(PackageFormat.NPM) + "tree-top")).isEqualTo(200);

        npm.goDown(OutageMode.SERVICE_UNAVAILABLE);
        try (Response refused = call(endpoints.baseFor(PackageFormat.NPM) + "tree-top")) {
            assertThat(refused.code()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(refused.body().string()).contains("simulated outage");
        }
        assertThat(status(endpoints.baseFor(PackageFormat.PYPI).resolve("simple/").toString())).as("other registries stay up").isEqualTo(200);

        npm.recover();
        assertThat(status(endpoints.baseFor(PackageFormat.NPM) + "tree-top")).isEqualTo(200);
        assertThat(npm.stats().requests()).isEqualTo(3);
        assertThat(npm.stats().refused()).isEqualTo(1);
    }

    @Test
    void anOutageCanDropConnectionsInstead() throws Exception {
        RegistryControls maven = registry.controls(PackageFormat.MAVEN);
        maven.goDown(OutageMode.DROP_CONNECTION);
        assertThatThrownBy(() -> call(endpoints.baseFor(PackageFormat.MAVEN) + "dev/packyard/demo/alpha/maven-metadata.xml").close())
                .isInstanceOf(IOException.class);
        assertThat(maven.stats().dropped()).isEqualTo(1);
        maven.recover();
        assertThat(status(endpoints.baseFor(PackageFormat.MAVEN) + "dev/packyard/demo/alpha/maven-metadata.xml")).isEqualTo(200);
    }

    @Test
    void latencyHoldsEveryRequestForTheConfiguredTimeAsMeasuredByTheServer() throws Exception {
        RegistryControls pypi = registry.controls(PackageFormat.PYPI);
        pypi.setLatency(Duration.ofMillis(150));
        assertThat(status(endpoints.baseFor(PackageFormat.PYPI).resolve("simple/") + "fetchy/")).isEqualTo(200);
        assertThat(status(endpoints.baseFor(PackageFormat.PYPI).resolve("simple/") + "tidy-text/")).isEqualTo(200);
        assertThat(pypi.stats().delayed()).isEqualTo(2);
        assertThat(pypi.stats().injectedDelay()).isGreaterThanOrEqualTo(Duration.ofMillis(300));

        pypi.setLatency(Duration.ZERO);
        assertThat(status(endpoints.baseFor(PackageFormat.PYPI).resolve("simple/") + "fetchy/")).isEqualTo(200);
        assertThat(pypi.stats().delayed()).isEqualTo(2);
        assertThat(registry.controls(PackageFormat.NPM).stats().delayed()).isZero();
    }

    @Test
    void slowDripSendsTheSameBytesInPausedChunks() throws Exception {
        RegistryControls pypi = registry.controls(PackageFormat.PYPI);
        String url = endpoints.baseFor(PackageFormat.PYPI) + "packages/fetchy/fetchy-1.1.0-py3-none-any.whl";
        byte[] fast = bytes(url);
        pypi.setSlowDrip(new SlowDrip(256, Duration.ofMillis(20)));
        byte[] slow = bytes(url);
        assertThat(slow).isEqualTo(fast);
        int pauses = (fast.length - 1) / 256;
        assertThat(pauses).isPositive();
        // The server books the drip after its last write, which the client may already have read.
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (pypi.stats().delayed() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(pypi.stats().delayed()).isEqualTo(1);
        assertThat(pypi.stats().injectedDelay()).isGreaterThanOrEqualTo(Duration.ofMillis(20L * pauses));
    }

    @Test
    void httpControlsPublishANewVersionThatAppearsWithCorrectHashes() throws Exception {
        JsonNode published = post("npm/publish?package=@demo/greeter");
        assertThat(published.get("version").asText()).isEqualTo("2.0.1");

        JsonNode packument = json.readTree(bytes(endpoints.baseFor(PackageFormat.NPM) + "@demo%2fgreeter"));
        assertThat(packument.at("/dist-tags/latest").asText()).isEqualTo("2.0.1");
        JsonNode dist = packument.at("/versions/2.0.1/dist");
        byte[] tarball = bytes(dist.get("tarball").asText());
        assertThat(dist.get("shasum").asText()).isEqualTo(Digests.of(tarball).sha1Hex());
        assertThat(dist.get("integrity").asText()).isEqualTo(Digests.of(tarball).npmIntegrity());

        JsonNode versions = json.readTree(bytes(endpoints.controls() + "npm/packages"));
        assertThat(versions.get("@demo/greeter").toString()).isEqualTo("[\"1.0.0\",\"1.1.0\",\"2.0.0\",\"2.0.1\"]");
    }

    @Test
    void httpControlsDriveOutagesLatencyAndCounters() throws Exception {
        assertThat(post("pypi/outage?mode=503").get("outage").asText()).isEqualTo("503");
        assertThat(status(endpoints.baseFor(PackageFormat.PYPI).resolve("simple/").toString())).isEqualTo(503);
        delete("pypi/outage");
        assertThat(status(endpoints.baseFor(PackageFormat.PYPI).resolve("simple/").toString())).isEqualTo(200);

        assertThat(post("maven/latency?millis=40").get("latencyMillis").asInt()).isEqualTo(40);
        assertThat(status(endpoints.baseFor(PackageFormat.MAVEN) + "dev/packyard/demo/beta/maven-metadata.xml")).isEqualTo(200);
        JsonNode status = json.readTree(bytes(endpoints.controls() + "status"));
        assertThat(status.at("/maven/stats/delayed").asInt()).isEqualTo(1);
        assertThat(status.at("/maven/stats/injectedDelayMillis").asLong()).isGreaterThanOrEqualTo(40);
        assertThat(status.at("/pypi/stats/requests").asInt()).as("control calls are not counted").isEqualTo(2);
        assertThat(status.at("/pypi/stats/refused").asInt()).isEqualTo(1);

        delete("pypi/stats");
        assertThat(registry.controls(PackageFormat.PYPI).stats().requests()).isZero();
    }

    @Test
    void countersTellHowOftenEachPathWasAskedFor() throws Exception {
        String tarball = "tree-leaf/-/tree-leaf-1.2.0.tgz";
        bytes(endpoints.baseFor(PackageFormat.NPM) + tarball);
        bytes(endpoints.baseFor(PackageFormat.NPM) + tarball);
        bytes(endpoints.baseFor(PackageFormat.NPM) + "@demo%2fgreeter");

        RegistryControls npm = registry.controls(PackageFormat.NPM);
        assertThat(npm.stats().requests()).isEqualTo(3);
        assertThat(npm.stats().requestsTo(tarball)).isEqualTo(2);
        assertThat(npm.stats().requestsTo("@demo/greeter")).as("counted under the decoded name").isEqualTo(1);
        JsonNode stats = json.readTree(bytes(endpoints.controls() + "npm/stats"));
        assertThat(stats.at("/requestsByPath/" + tarball.replace("/", "~1")).asInt()).isEqualTo(2);
        assertThat(registry.controls(PackageFormat.MAVEN).stats().requests()).isZero();
    }

    @Test
    void headAnswersWithTheLengthOfTheBodyWithoutSendingIt() throws Exception {
        String jar = endpoints.baseFor(PackageFormat.MAVEN) + "dev/packyard/demo/alpha/2.0.0/alpha-2.0.0.jar";
        int length = bytes(jar).length;
        try (Response head = http.newCall(new Request.Builder().url(jar).head().build()).execute()) {
            assertThat(head.code()).isEqualTo(200);
            assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(length));
            assertThat(head.body().bytes()).isEmpty();
        }
    }

    @Test
    void badControlRequestsSayWhatWasWrong() throws Exception {
        assertControlError("POST", "npm/outage?mode=sometimes", 400, "use '503'");
        assertControlError("POST", "npm/latency?millis=soon", 400, "whole number");
        assertControlError("POST", "npm/latency?millis=3600000", 400, "between 0 and 60");
        assertControlError("POST", "npm/publish", 400, "'package' is required");
        assertControlError("POST", "npm/publish?package=left-out", 404, "has no package named 'left-out'");
        assertControlError("POST", "swift/outage", 404, "no demo registry 'swift': use one of cargo, maven, npm, nuget, pypi, ruby");
    }

    @Test
    void aRestartedRegistryKeepsItsCatalogue() throws Exception {
        registry.controls(PackageFormat.MAVEN).publishNextVersion("alpha");
        registry.stop();
        assertThat(registry.endpoints()).isEmpty();
        endpoints = registry.start(0);
        String metadata = new String(bytes(endpoints.baseFor(PackageFormat.MAVEN) + "dev/packyard/demo/alpha/maven-metadata.xml"));
        assertThat(metadata).contains("<release>2.0.1</release>");
    }

    private void assertControlError(String method, String path, int code, String message) throws IOException {
        Request request = new Request.Builder().url(endpoints.controls() + path)
                .method(method, RequestBody.create(new byte[0])).build();
        try (Response response = http.newCall(request).execute()) {
            assertThat(response.code()).as(path).isEqualTo(code);
            assertThat(json.readTree(response.body().string()).get("error").asText()).as(path).contains(message);
        }
    }

    private JsonNode post(String path) throws IOException {
        return control("POST", path);
    }

    private JsonNode delete(String path) throws IOException {
        return control("DELETE", path);
    }

    private JsonNode control(String method, String path) throws IOException {
        Request request = new Request.Builder().url(endpoints.controls() + path)
                .method(method, method.equals("POST") ? RequestBody.create(new byte[0]) : null).build();
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            assertThat(response.code()).as(path + ": " + body).isEqualTo(200);
            return json.readTree(body);
        }
    }

    private Response call(String url) throws IOException {
        return http.newCall(new Request.Builder().url(url).build()).execute();
    }

    private int status(String url) throws IOException {
        try (Response response = call(url)) {
            return response.code();
        }
    }

    private byte[] bytes(String url) throws IOException {
        try (Response response = call(url)) {
            assertThat(response.code()).as(url).isEqualTo(200);
            return response.body().bytes();
        }
    }
}
