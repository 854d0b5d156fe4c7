package dev.packyard.formats.cargo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.formats.cargo.upstream.CargoSparseClient;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.Hashes;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.upstream.FileAssetSink;
import dev.packyard.upstream.IntegrityException;
import dev.packyard.upstream.PackageListing;
import dev.packyard.upstream.http.HttpSettings;
import dev.packyard.upstream.http.UpstreamHttp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crates.io sparse-index client against a registry served by MockWebServer, laid out as index.crates.io is. */
class CargoSparseClientTest {
    private static final byte[] CRATE = "the bytes of serde 1.0.0".getBytes(StandardCharsets.UTF_8);
    private static final String CKSUM = Hashes.sha256Hex(CRATE);

    @StartStop
    final MockWebServer registry = new MockWebServer();
    @TempDir
    Path dir;

    private final UpstreamHttp http = new UpstreamHttp(HttpSettings.DEFAULT, Clock.systemUTC());

    @Test
    void theListingHasEveryLineWithItsDownloadFromConfigJsonAndItsCksumAndRevalidatesWithTheETag() throws Exception {
        String file = "{\"name\":\"serde\",\"vers\":\"1.0.0\",\"deps\":[],\"cksum\":\"" + CKSUM + "\",\"features\":{},\"yanked\":false}\n"
                + "{\"name\":\"serde\",\"vers\":\"1.0.1\",\"deps\":[],\"cksum\":\"" + CKSUM.replace('a', 'b')
                + "\",\"features\":{},\"yanked\":true,\"pubtime\":\"2025-01-02T03:04:05Z\"}\n";
        registry.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String target = request.getTarget();
                if (target.equals("/config.json")) {
                    return new MockResponse.Builder().body("{\"dl\":\"" + registry.url("/crates") + "\",\"api\":\"https://crates.io\"}").build();
                }
                if (target.equals("/se/rd/serde")) {
                    if ("\"v1\"".equals(request.getHeaders().get("If-None-Match"))) {
                        return new MockResponse.Builder().code(304).build();
                    }
                    return new MockResponse.Builder().setHeader("ETag", "\"v1\"").body(file).build();
                }
                if (target.equals("/crates/serde/1.0.0/download")) {
                    return new MockResponse.Builder().body(new okio.Buffer().write(CRATE)).build();
                }
                if (target.equals("/crates/serde/1.0.1/download")) {
                    return new MockResponse.Builder().body("not what the index says").build();
                }
                return new MockResponse.Builder().code(404).build();
            }
        });
        CargoSparseClient client = new CargoSparseClient("sparse+" + registry.url("/"), http);
        PackageListing listing = client.fetchListing(PackageCoordinate.of(PackageFormat.CARGO, null, "serde"));
        assertThat(listing.versionNames()).containsExactly("1.0.0", "1.0.1");
        var first = listing.version("1.0.0").orElseThrow().assets().get(0);
        assertThat(first.assetName()).isEqualTo("serde-1.0.0.crate");
        assertThat(first.url()).isEqualTo(registry.url("/crates/serde/1.0.0/download").toString());
        assertThat(first.expectedHashes()).containsEntry(HashAlgorithm.SHA256, CKSUM);
        assertThat(listing.version("1.0.1").orElseThrow().publishedTime()).hasValueSatisfying(t ->
                assertThat(t.toString()).isEqualTo("2025-01-02T03:04:05Z"));
        assertThat(client.revalidate(listing)).as("304 Not Modified").isEmpty();

        Path kept = dir.resolve("serde.crate");
        client.download(first, (received, total) -> { }, new FileAssetSink(kept));
        assertThat(Files.readAllBytes(kept)).isEqualTo(CRATE);
        var wrong = listing.version("1.0.1").orElseThrow().assets().get(0);
        assertThatThrownBy(() -> client.download(wrong, (received, total) -> { }, new FileAssetSink(dir.resolve("bad.crate"))))
                .isInstanceOf(IntegrityException.class);
        assertThat(dir.resolve("bad.crate")).doesNotExist();
    }
}
