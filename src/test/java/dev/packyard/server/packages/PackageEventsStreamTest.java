package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.testing.SigV4Header;
import dev.packyard.testing.TestArchives;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subscriber of a domain's event stream receives, in CodeArtifact's EventBridge detail shape, the events of a
 * publish, a status change and a version ingested through an external connection; the activity log keeps them.
 */
class PackageEventsStreamTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private PackageServerFixture f;
    private final OkHttpClient http = SigV4Header.signing(new OkHttpClient.Builder().readTimeout(0, TimeUnit.SECONDS).build());
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final CountDownLatch subscribed = new CountDownLatch(1);
    private Response stream;

    @BeforeEach
    void start() throws Exception {
        f = new PackageServerFixture(dir);
        stream = http.newCall(new Request.Builder().url(base() + "/_packyard/v1/events?domain=demo")
                .header("Accept", "text/event-stream").build()).execute();
        assertThat(stream.code()).isEqualTo(200);
        assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
        Thread reader = new Thread(this::read, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
        assertThat(subscribed.await(10, TimeUnit.SECONDS)).as("the stream confirms the subscription").isTrue();
    }

    @AfterEach
    void stop() {
        stream.close();
        f.close();
    }

    @Test
    void publishStatusChangeAndExternalIngestionEachReachTheSubscriber() throws Exception {
        new ClientUploads(f).npm("{\"name\":\"@team/events-lib\",\"version\":\"1.0.0\"}",
                TestArchives.tgz(TestArchives.files("package/package.json",
                        "{\"name\":\"@team/events-lib\",\"version\":\"1.0.0\"}")));
        JsonNode published = next();
        assertThat(published.path("detail-type").asText()).isEqualTo("CodeArtifact Package Version State Change");
        assertThat(published.path("source").asText()).isEqualTo("aws.codeartifact");
        assertThat(published.path("resources").get(0).asText())
                .isEqualTo("arn:aws:codeartifact:us-east-1:" + f.owner + ":package/demo/app/npm/team/events-lib");
        JsonNode d = published.path("detail");
        assertThat(d.path("domainName").asText()).isEqualTo("demo");
        assertThat(d.path("repositoryName").asText()).isEqualTo("app");
        assertThat(d.path("packageFormat").asText()).isEqualTo("npm");
        assertThat(d.path("packageNamespace").asText()).isEqualTo("team");
        assertThat(d.path("packageName").asText()).isEqualTo("events-lib");
        assertThat(d.path("packageVersion").asText()).isEqualTo("1.0.0");
        assertThat(d.path("packageVersionState").asText()).isEqualTo("Published");
        assertThat(d.path("packageVersionRevision").asText()).isNotBlank();
        assertThat(d.path("operationType").asText()).isEqualTo("Created");
        assertThat(d.path("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(d.path("changes").path("assetsAdded").asInt()).isEqualTo(1);
        assertThat(d.path("eventDeduplicationId").asText()).isNotBlank();

        try (Response r = http.newCall(new Request.Builder().url(base() + "/v1/package/versions/update_status?domain=demo"
                        + "&repository=app&format=npm&namespace=team&package=events-lib")
                .post(RequestBody.create("{\"versions\":[\"1.0.0\"],\"targetStatus\":\"Archived\"}",
                        MediaType.get("application/json"))).build()).execute()) {
            assertThat(r.code()).as(r.body().string()).isEqualTo(200);
        }
        JsonNode archived = next().path("detail");
        assertThat(archived.path("packageVersionState").asText()).isEqualTo("Archived");
        assertThat(archived.path("operationType").asText()).isEqualTo("Updated");
        assertThat(archived.path("changes").path("statusChanged").asBoolean()).isTrue();
        assertThat(archived.path("sequenceNumber").asLong()).isEqualTo(2);

        new ClientUploads(f).fetch("npm", "tree-leaf/-/tree-leaf-1.2.0.tgz");
        // The fetch task schedules persistence just after the client is answered; the due persistence then runs on
        // the task queue: both are waited for, and the ingestion is reported once the version is kept.
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        f.scheduler.advance(Duration.ofMinutes(10));
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        List<String> ingestedInto = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            JsonNode e = next().path("detail");
            assertThat(e.path("packageName").asText()).isEqualTo("tree-leaf");
            assertThat(e.path("packageNamespace").isNull()).isTrue();
            assertThat(e.path("operationType").asText()).isEqualTo("Created");
            ingestedInto.add(e.path("repositoryName").asText());
        }
        assertThat(ingestedInto).containsExactlyInAnyOrder("app", "npm-store");

        try (Response r = http.newCall(new Request.Builder().url(base() + "/_packyard/v1/activity?domain=demo").build())
                .execute()) {
            JsonNode log = JSON.readTree(r.body().string()).path("events");
            assertThat(log).hasSize(4);
            assertThat(log.get(0).path("detail").path("packageName").asText()).isEqualTo("events-lib");
        }
    }

    @Test
    void aWebhookThatFailsTwiceGetsTheEventOnTheThirdAttemptAndTheHistoryShowsEachTry() throws Exception {
        try (MockWebServer hook = new MockWebServer()) {
            hook.enqueue(new MockResponse.Builder().code(500).build());
            hook.enqueue(new MockResponse.Builder().code(503).build());
            hook.enqueue(new MockResponse.Builder().code(204).build());
            hook.start();
            try (Response r = http.newCall(new Request.Builder().url(base() + "/_packyard/v1/webhooks?domain=demo&url="
                    + hook.url("/events")).post(RequestBody.create(new byte[0], null)).build()).execute()) {
                assertThat(r.code()).as(r.body().string()).isEqualTo(200);
            }
            new ClientUploads(f).npm("{\"name\":\"hooked\",\"version\":\"1.0.0\"}",
                    TestArchives.tgz(TestArchives.files("package/package.json", "{\"name\":\"hooked\",\"version\":\"1.0.0\"}")));
            String eventId = next().path("id").asText();

            f.scheduler.runDue();
            assertThat(hook.takeRequest(10, TimeUnit.SECONDS)).as("first attempt").isNotNull();
            awaitDeliveries(1);
            f.scheduler.advance(Duration.ofSeconds(2));
            assertThat(hook.takeRequest(10, TimeUnit.SECONDS)).as("second attempt, 2 s later").isNotNull();
            awaitDeliveries(2);
            f.scheduler.advance(Duration.ofSeconds(4));
            RecordedRequest third = hook.takeRequest(10, TimeUnit.SECONDS);
            assertThat(third).as("third attempt, 4 s after the second").isNotNull();
            JsonNode delivered = JSON.readTree(third.getBody().utf8());
            assertThat(delivered.path("id").asText()).isEqualTo(eventId);
            assertThat(delivered.path("detail").path("packageName").asText()).isEqualTo("hooked");
            assertThat(delivered.path("detail").path("packageVersionState").asText()).isEqualTo("Published");

            JsonNode history = awaitDeliveries(3);
            assertThat(history).extracting(d -> d.path("attempt").asInt() + ":" + d.path("statusCode").asInt() + ":"
                    + d.path("outcome").asText()).containsExactly("1:500:RETRYING", "2:503:RETRYING", "3:204:DELIVERED");
        }
    }

    /** The delivery history once it has {@code count} entries (attempts run on a thread of their own). */
    private JsonNode awaitDeliveries(int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try (Response r = http.newCall(new Request.Builder().url(base() + "/_packyard/v1/webhook-deliveries?domain=demo")
                    .build()).execute()) {
                JsonNode list = JSON.readTree(r.body().string()).path("deliveries");
                if (list.size() >= count || System.nanoTime() > deadline) {
                    assertThat(list.size()).as("delivery attempts recorded").isEqualTo(count);
                    return list;
                }
            }
            Thread.sleep(20);
        }
    }

    private JsonNode next() throws InterruptedException {
        JsonNode e = received.poll(20, TimeUnit.SECONDS);
        assertThat(e).as("an event within 20 s").isNotNull();
        return e;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body().byteStream(),
                StandardCharsets.UTF_8))) {
            String event = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(":")) {
                    subscribed.countDown();
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:") && "package-version-state-change".equals(event)) {
                    received.add(JSON.readTree(line.substring(5).trim()));
                }
            }
        } catch (Exception closed) {
            // The test closes the stream when it is done.
        }
    }

    private String base() {
        return "http://127.0.0.1:" + f.server.port();
    }
}
