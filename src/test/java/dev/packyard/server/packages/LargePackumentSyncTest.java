package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.app.Backend;
import dev.packyard.app.FetchModule;
import dev.packyard.app.ServerWiring;
import dev.packyard.model.ExternalConnection;
import dev.packyard.server.PackyardServer;
import dev.packyard.testing.ManualScheduler;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestBackends;
import dev.packyard.upstream.discovery.DiscoveredEndpoint;
import dev.packyard.upstream.metadata.CachedListing;
import dev.packyard.model.metadata.RevalidationResult;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.upstream.timing.TimingProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A packument bigger than the largest real ones (3,000 versions, about 40 MB in full) through the real server: served
 * gzipped in both forms, synchronised three times with a moved clock (the registry changes once, then twice does not),
 * and the database file checked after each synchronisation: an unchanged listing must not be written again.
 */
class LargePackumentSyncTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VERSIONS = 3_000;
    private static final PackageCoordinate GIANT = PackageCoordinate.of(PackageFormat.NPM, null, "giant");

    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.startingAt("2026-03-01T09:00:00Z");
    private final MockWebServer registry = new MockWebServer();
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60)).build();
    private final AtomicReference<Buffer> packument = new AtomicReference<>();
    private final AtomicReference<String> etag = new AtomicReference<>("\"r1\"");
    /** When set, the registry ignores If-None-Match and sends the whole document again (as a CDN that lost it may). */
    private volatile boolean ignoreValidators;
    private final AtomicInteger fullAnswers = new AtomicInteger();
    private Backend backend;
    private FetchModule fetch;
    private PackyardServer server;
    private String endpoint;
    private String token;

    @BeforeEach
    void start() throws IOException {
        registry.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (!ignoreValidators && etag.get().equals(request.getHeaders().get("If-None-Match"))) {
                    return new MockResponse.Builder().code(304).setHeader("ETag", etag.get()).build();
                }
                fullAnswers.incrementAndGet();
                return new MockResponse.Builder().setHeader("Content-Type", "application/json").setHeader("ETag", etag.get())
                        .body(packument.get().copy()).build();
            }
        });
        registry.start();
        packument.set(new Buffer().writeUtf8(Packuments.giant(VERSIONS, registry.url("/").toString())));
        open();
    }

    private void open() {
        backend = TestBackends.open(dir, clock, new ManualScheduler(clock));
        fetch = new FetchModule(backend, TimingProfile.codeartifact(), List.of(DiscoveredEndpoint.found(ExternalConnection.NPMJS,
                registry.url("/").toString(), "the test's registry")), Runnable::run);
        server = ServerWiring.start(backend, fetch.engine(), "127.0.0.1", 0);
        if (backend.catalog().domains().list(null, null).items().isEmpty()) {
            backend.catalog().domains().create("big", null);
            backend.catalog().repositories().create(null, "big", "npm-store", null, null);
            backend.catalog().repositories().associateExternalConnection(null, "big", "npm-store", ExternalConnection.NPMJS.connectionName());
        }
        String owner = backend.catalog().domains().require(null, "big").id().owner();
        endpoint = "http://127.0.0.1:" + server.port() + "/d/big/" + owner + "/npm/npm-store/";
        token = backend.catalog().tokens().issue(null, "big", null).token();
    }

    private void close() {
        server.stop();
        fetch.close();
        backend.close();
    }

    @AfterEach
    void stop() throws IOException {
        close();
        registry.close();
    }

    @Test
    void aPackumentOfThreeThousandVersionsIsServedSynchronisedAndNotRewrittenWhenUnchanged() throws Exception {
        long documentBytes = packument.get().size();
        assertThat(documentBytes).as("larger than the largest real packument").isGreaterThan(38_000_000L);

        JsonNode abbreviated = get("application/vnd.npm.install-v1+json");
        assertThat(abbreviated.path("versions").size()).isEqualTo(VERSIONS);
        JsonNode some = abbreviated.path("versions").path("1.2.345");
        assertThat(some.path("dependencies").path("dep-7").asText()).isEqualTo("^7.345.0");
        assertThat(some.path("dist").path("tarball").asText()).isEqualTo(endpoint + "giant/-/giant-1.2.345.tgz");
        assertThat(some.has("readme")).as("abbreviated").isFalse();
        long afterFetch = backend.storage().databaseFileBytes();

        packument.set(new Buffer().writeUtf8(Packuments.giant(VERSIONS + 1, registry.url("/").toString())));
        etag.set("\"r2\"");
        CachedListing changed = sync();
        assertThat(changed.lastResult()).isEqualTo(RevalidationResult.CHANGED);
        assertThat(changed.upstreamVersions()).isEqualTo(VERSIONS + 1);
        long afterChange = backend.storage().databaseFileBytes();
        assertThat(afterChange - afterFetch).as("a new version rewrites that version, not the packument")
                .isLessThan(documentBytes / 4);

        ignoreValidators = true;
        int before = fullAnswers.get();
        assertThat(sync().lastResult()).isEqualTo(RevalidationResult.UNCHANGED);
        assertThat(fullAnswers.get()).as("the registry sent the whole document again").isEqualTo(before + 1);
        long afterSameBytes = backend.storage().databaseFileBytes();
        assertThat(afterSameBytes - afterChange).as("identical bytes are not stored again").isLessThan(documentBytes / 20);

        ignoreValidators = false;
        assertThat(sync().lastResult()).isEqualTo(RevalidationResult.REVALIDATED);
        assertThat(fullAnswers.get()).as("answered 304 Not Modified").isEqualTo(before + 1);
        long afterNotModified = backend.storage().databaseFileBytes();
        assertThat(afterNotModified - afterSameBytes).isLessThan(documentBytes / 20);

        JsonNode full = get("application/json");
        assertThat(full.path("versions").size()).isEqualTo(VERSIONS + 1);
        assertThat(full.path("versions").path("1.2.3000").path("readme").asText()).startsWith("giant 1.2.3000");
        assertThat(full.path("time").path("1.2.3000").asText()).isEqualTo("2026-02-01T00:00:00Z");

        close();
        open();
        assertThat(get("application/vnd.npm.install-v1+json").path("versions").size()).as("after a restart").isEqualTo(VERSIONS + 1);
    }

    /** Ten minutes later, the maintenance round that synchronises npm listings. */
    private CachedListing sync() {
        clock.advance(Duration.ofMinutes(10));
        assertThat(fetch.maintenance().tick()).isEqualTo(1);
        return fetch.metadata().entries(backend.catalog().domains().require(null, "big").id()).stream()
                .filter(l -> l.listing().coordinate().equals(GIANT)).findFirst().orElseThrow();
    }

    /** The packument as a client asking for gzip gets it: compressed on the wire, the form it asked for. */
    private JsonNode get(String accept) throws IOException {
        Request request = new Request.Builder().url(endpoint + "giant").header("Authorization", "Bearer " + token)
                .header("Accept", accept).header("Accept-Encoding", "gzip").build();
        try (Response response = http.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
            try (InputStream in = new GZIPInputStream(response.body().byteStream())) {
                return JSON.readTree(in);
            }
        }
    }

    /** Generated packuments: each version with dependencies, a readme and hashes that do not compress away. */
    static final class Packuments {
        private Packuments() {
        }

        static String giant(int versions, String base) {
            Random random = new Random(20);
            StringBuilder doc = new StringBuilder(45_000_000);
            StringBuilder time = new StringBuilder();
            doc.append("{\"_id\":\"giant\",\"name\":\"giant\",\"description\":\"a generated packument\",\"dist-tags\":{\"latest\":\"1.2.")
                    .append(versions - 1).append("\"},\"versions\":{");
            // About 13 KB per version, most of it a readme of base64 noise that compression cannot take away.
            byte[] noise = new byte[9_600];
            for (int i = 0; i < versions; i++) {
                String version = "1.2." + i;
                random.nextBytes(noise);
                doc.append(i == 0 ? "" : ",").append('"').append(version).append("\":{\"name\":\"giant\",\"version\":\"")
                        .append(version).append("\",\"dependencies\":{");
                for (int d = 0; d < 20; d++) {
                    doc.append(d == 0 ? "" : ",").append("\"dep-").append(d).append("\":\"^").append(d).append('.').append(i)
                            .append(".0\"");
                }
                doc.append("},\"readme\":\"giant ").append(version).append(' ')
                        .append(java.util.Base64.getEncoder().encodeToString(noise)).append("\",\"dist\":{\"tarball\":\"").append(base)
                        .append("giant/-/giant-").append(version).append(".tgz\",\"shasum\":\"")
                        .append(String.format("%040x", i)).append("\"}}");
                time.append(",\"").append(version).append("\":\"").append(i == VERSIONS ? "2026-02-01T00:00:00Z"
                        : "2025-01-01T00:00:00Z").append('"');
            }
            doc.append("},\"time\":{\"created\":\"2025-01-01T00:00:00Z\"").append(time).append("}}");
            return doc.toString();
        }
    }
}
