package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.server.ServerSettings;
import dev.packyard.testing.SigV4Header;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's limits as clients meet them: a path, a body or an upload over its cap gets 414 or 413 (JSON for the
 * control plane, the package manager's own form for the package endpoints) and stores nothing, and a client with its
 * full share of requests in progress is told to retry while other clients carry on.
 */
class RequestLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long UPLOAD_CAP = 4 * 1024;

    @TempDir
    Path dir;
    private MockWebServer registry;
    private NpmUpstreamServer f;
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch held = new CountDownLatch(2);
    private OkHttpClient signed;

    @BeforeEach
    void start() throws Exception {
        registry = new MockWebServer();
        registry.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (request.getUrl().encodedPath().startsWith("/held-")) {
                    held.countDown();
                    release.await(30, TimeUnit.SECONDS);
                }
                return new MockResponse.Builder().code(404).body("{}").build();
            }
        });
        registry.start();
        f = new NpmUpstreamServer(dir, registry.url("/").toString(), ServerSettings.defaults("127.0.0.1", 0)
                .withMaxUploadBytes(UPLOAD_CAP).withMaxRequestsPerClient(2));
        signed = SigV4Header.signing(f.http);
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        f.close();
        registry.close();
    }

    @Test
    void anOverlongPathIs414() throws IOException {
        String name = "x".repeat(ServerSettings.DEFAULT_MAX_URI_LENGTH);
        try (Response r = signed.newCall(new Request.Builder().url(base() + "/v1/domain?domain=" + name).build()).execute()) {
            assertThat(r.code()).isEqualTo(414);
            assertThat(r.header("x-amzn-ErrorType")).isEqualTo("ValidationException");
            assertThat(JSON.readTree(r.body().string()).path("message").asText()).contains("limit of 4096");
        }
        try (Response r = f.http.newCall(f.authorized(f.npm(name)).build()).execute()) {
            assertThat(r.code()).isEqualTo(414);
            assertThat(JSON.readTree(r.body().string()).path("error").asText()).contains("limit of 4096");
        }
    }

    @Test
    void aControlPlaneBodyOverItsLimitIs413WithOrWithoutALength() throws IOException {
        String big = "{\"description\":\"" + "d".repeat((int) ServerSettings.DEFAULT_MAX_JSON_BODY_BYTES) + "\"}";
        for (RequestBody body : List.of(RequestBody.create(big, MediaType.get("application/json")), chunked(big))) {
            Request create = new Request.Builder().url(base() + "/v1/repository?domain=acme&repository=huge").post(body).build();
            try (Response r = signed.newCall(create).execute()) {
                assertThat(r.code()).isEqualTo(413);
                assertThat(r.header("x-amzn-ErrorType")).isEqualTo("ValidationException");
                assertThat(JSON.readTree(r.body().string()).path("message").asText()).contains("1 MiB").contains("nothing was changed");
            }
        }
        assertThat(f.backend.catalog().repositories().listInDomain(null, "acme", null, null, null, null).items())
                .extracting(repository -> repository.name()).doesNotContain("huge");
    }

    @Test
    void anUploadOverTheConfiguredCapIs413AndPublishesNothing() throws IOException {
        String document = "{\"name\":\"too-big\",\"_attachments\":{\"too-big-1.0.0.tgz\":{\"data\":\""
                + "A".repeat((int) UPLOAD_CAP) + "\"}}}";
        for (RequestBody body : List.of(RequestBody.create(document, MediaType.get("application/json")), chunked(document))) {
            try (Response r = f.http.newCall(f.authorized(f.npm("too-big")).put(body).build()).execute()) {
                assertThat(r.code()).isEqualTo(413);
                assertThat(JSON.readTree(r.body().string()).path("error").asText()).contains("limit of 4 KiB")
                        .contains("nothing was stored").contains("--max-upload-size");
            }
        }
        try (Response r = f.http.newCall(f.authorized(f.npm("too-big")).build()).execute()) {
            assertThat(r.code()).isEqualTo(404);
        }
    }

    @Test
    void oversizedHeadersAre431() throws IOException {
        Request request = f.authorized(f.npm("anything")).header("X-Big", "x".repeat(ServerSettings.DEFAULT_MAX_HEADER_BYTES))
                .build();
        try (Response r = f.http.newCall(request).execute()) {
            assertThat(r.code()).isEqualTo(431);
        }
    }

    @Test
    void aClientWithItsFullShareInProgressIsToldToRetryWhileOthersCarryOn() throws Exception {
        OkHttpClient parallel = f.http.newBuilder().build();
        List<CompletableFuture<Integer>> first = new ArrayList<>();
        for (String name : List.of("held-one", "held-two")) {
            first.add(CompletableFuture.supplyAsync(() -> status(parallel, f.authorized(f.npm(name)).build())));
        }
        assertThat(held.await(30, TimeUnit.SECONDS)).as("both requests reached the registry").isTrue();

        try (Response busy = parallel.newCall(f.authorized(f.npm("third")).build()).execute()) {
            assertThat(busy.code()).isEqualTo(503);
            assertThat(busy.header("Retry-After")).isEqualTo("1");
            assertThat(JSON.readTree(busy.body().string()).path("error").asText()).contains("2 requests in progress");
        }
        String otherToken = f.backend.catalog().tokens().issue(null, "acme", null).token();
        assertThat(status(parallel, new Request.Builder().url(f.npm("someone-else"))
                .header("Authorization", "Bearer " + otherToken).build())).as("another client is served").isEqualTo(404);
        try (Response control = signed.newCall(new Request.Builder().url(base() + "/v1/domains")
                .post(RequestBody.create("{}", MediaType.get("application/json"))).build()).execute()) {
            assertThat(control.code()).as("the control plane counts per access key").isEqualTo(200);
        }

        release.countDown();
        for (CompletableFuture<Integer> answer : first) {
            assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(404);
        }
        assertThat(status(parallel, f.authorized(f.npm("third")).build())).as("a slot is free again").isEqualTo(404);
    }

    private String base() {
        return "http://127.0.0.1:" + f.server.port();
    }

    private static int status(OkHttpClient client, Request request) {
        try (Response r = client.newCall(request).execute()) {
            return r.code();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A body sent without Content-Length, as a streaming client would. */
    private static RequestBody chunked(String text) {
        return new RequestBody() {
            @Override
            public MediaType contentType() {
                return MediaType.get("application/json");
            }

            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                sink.writeUtf8(text);
            }
        };
    }
}
