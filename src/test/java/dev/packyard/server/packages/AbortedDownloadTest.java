package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.server.ServerSettings;
import dev.packyard.service.error.ResourceNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
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
 * A tarball big enough that Packyard has streamed most of it to the client before the registry's bytes turn out not
 * to match the published hash: the status line is long gone, so the connection is aborted and the client cannot take
 * the file as complete. Nothing is kept, and the download works once the registry sends the right bytes.
 */
class AbortedDownloadTest {
    private static final byte[] TARBALL = "the real tarball bytes ".repeat(20_000).getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    private MockWebServer registry;
    private NpmUpstreamServer f;
    private volatile boolean tampered = true;

    @BeforeEach
    void start() throws Exception {
        registry = new MockWebServer();
        registry.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return request.getUrl().encodedPath().contains("/-/") ? tarball() : packument();
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
    void aMismatchFoundAfterBytesWereSentAbortsTheConnectionAndKeepsNothing() throws Exception {
        try (Response r = f.http.newCall(f.authorized(f.npm("big/-/big-1.0.0.tgz")).build()).execute()) {
            assertThat(r.code()).as("the answer began before the end of the file was checked").isEqualTo(200);
            assertThatThrownBy(() -> r.body().bytes()).as("the client sees a cut connection, not a whole file")
                    .isInstanceOf(IOException.class);
        }
        f.scheduler.advance(Duration.ofMinutes(5));
        assertThat(f.backend.tasks().visibility().pending()).isEmpty();
        for (String repository : new String[] {"app", "npm-store"}) {
            assertThatThrownBy(() -> f.backend.catalog().versions().list(f.backend.catalog().locator().locate(null, "acme", repository, "npm", null,
                    "big"), null, null, null, null, null)).as("nothing of the package was kept in " + repository)
                    .isInstanceOf(ResourceNotFoundException.class);
        }

        tampered = false;
        try (Response r = f.http.newCall(f.authorized(f.npm("big/-/big-1.0.0.tgz")).build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.body().bytes()).isEqualTo(TARBALL);
        }
    }

    private MockResponse tarball() {
        byte[] body = TARBALL.clone();
        if (tampered) {
            body[body.length - 1] ^= 1;
        }
        return new MockResponse.Builder().body(new Buffer().write(body)).build();
    }

    private MockResponse packument() {
        try {
            String integrity = "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(TARBALL));
            String json = """
                    {"name":"big","dist-tags":{"latest":"1.0.0"},"versions":{"1.0.0":{"name":"big","version":"1.0.0",
                    "dist":{"tarball":"%s","integrity":"%s"}}},"time":{"1.0.0":"2026-02-01T00:00:00.000Z"}}
                    """.formatted(registry.url("/big/-/big-1.0.0.tgz"), integrity);
            return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(json).build();
        } catch (Exception e) {
            return new MockResponse.Builder().code(500).body(e.toString()).build();
        }
    }
}
