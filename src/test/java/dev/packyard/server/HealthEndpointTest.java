package dev.packyard.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.testing.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load balancer's probe: unsigned, Host-checked, 200 when the node can serve and 503 with the reason when not. */
class HealthEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final OkHttpClient http = new OkHttpClient();

    @Test
    void anUnsignedProbeHearsReadyWithEveryCheckAndLive() throws Exception {
        try (RunningServer server = RunningServer.start(dir)) {
            try (Response r = get(server.endpoint() + "/_packyard/health")) {
                assertThat(r.code()).isEqualTo(200);
                assertThat(r.header("Content-Type")).startsWith("application/json");
                JsonNode body = JSON.readTree(r.body().string());
                assertThat(body.path("status").asText()).isEqualTo("ready");
                assertThat(body.path("ready").asBoolean()).isTrue();
                assertThat(body.path("checks").path("database").asText()).isEqualTo("ok");
                assertThat(body.path("checks").path("blobs").asText()).isEqualTo("ok");
            }
            try (Response r = get(server.endpoint() + "/_packyard/health/ready")) {
                assertThat(r.code()).isEqualTo(200);
            }
            try (Response r = get(server.endpoint() + "/_packyard/health/live")) {
                assertThat(r.code()).isEqualTo(200);
                assertThat(JSON.readTree(r.body().string()).path("status").asText()).isEqualTo("live");
            }
            try (Response r = get(server.endpoint() + "/v1/domains")) {
                assertThat(r.code()).as("the control plane next door still wants a signature").isEqualTo(403);
            }
        }
    }

    @Test
    void aProbeWithAForeignHostIsRefusedLikeAnyRequest() throws Exception {
        try (RunningServer server = RunningServer.start(dir);
             Response r = http.newCall(new Request.Builder().url(server.endpoint() + "/_packyard/health")
                     .header("Host", "attacker.example").build()).execute()) {
            assertThat(r.code()).isEqualTo(403);
        }
    }

    @Test
    void aNodeWhoseBlobFolderIsGoneIsUnavailableAndSaysWhyButStaysLive() throws Exception {
        try (RunningServer server = RunningServer.start(dir)) {
            Path blobs = dir.resolve("data").resolve("blobs");
            if (Files.isDirectory(blobs)) {
                try (Stream<Path> files = Files.walk(blobs)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }

            try (Response r = get(server.endpoint() + "/_packyard/health")) {
                assertThat(r.code()).isEqualTo(503);
                JsonNode body = JSON.readTree(r.body().string());
                assertThat(body.path("status").asText()).isEqualTo("unavailable");
                assertThat(body.path("checks").path("database").asText()).isEqualTo("ok");
                assertThat(body.path("checks").path("blobs").asText()).contains("cannot be written");
            }
            try (Response r = get(server.endpoint() + "/_packyard/health/live")) {
                assertThat(r.code()).isEqualTo(200);
            }
        }
    }

    private Response get(String url) throws Exception {
        return http.newCall(new Request.Builder().url(url).build()).execute();
    }
}
