package dev.packyard.formats.ruby.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.Hashes;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.testing.MutableClock;
import dev.packyard.upstream.FileAssetSink;
import dev.packyard.upstream.IntegrityException;
import dev.packyard.upstream.NotFoundUpstreamException;
import dev.packyard.upstream.PackageListing;
import dev.packyard.upstream.UpstreamVersion;
import dev.packyard.upstream.http.HttpSettings;
import dev.packyard.upstream.http.UpstreamHttp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compact-index client against a server the test runs: versions by platform, checksums, ETag revalidation. */
class RubyGemsClientTest {
    private static final PackageCoordinate NOKOGIRI = PackageCoordinate.of(PackageFormat.RUBY, null, "nokogiri");

    @StartStop
    private final MockWebServer server = new MockWebServer();
    @TempDir
    Path dir;
    private RubyGemsClient client;
    private final byte[] gem = "pretend gem bytes".getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void setUp() {
        client = new RubyGemsClient(server.url("/").toString(),
                new UpstreamHttp(HttpSettings.DEFAULT, MutableClock.startingAt("2026-01-01T00:00:00Z")));
    }

    private String info() {
        return "---\n1.15.0 racc:~> 1.4|checksum:" + Hashes.hex("SHA-256", gem) + "\n1.15.0-x86_64-linux racc:~> 1.4|checksum:"
                + "00".repeat(32) + ",ruby:>= 2.7&< 3.4.dev\n1.16.0.rc1 |checksum:" + "11".repeat(32) + "\n";
    }

    @Test
    void aGemsInfoFileBecomesOneVersionPerNumberWithAFilePerPlatform() throws Exception {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/plain").setHeader("ETag", "\"v1\"")
                .body(info()).build());
        PackageListing listing = client.fetchListing(NOKOGIRI);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/info/nokogiri");
        assertThat(listing.versionNames()).containsExactly("1.15.0", "1.16.0.rc1");
        UpstreamVersion v = listing.version("1.15.0").orElseThrow();
        assertThat(v.assets()).extracting(a -> a.assetName()).containsExactly("nokogiri-1.15.0.gem", "nokogiri-1.15.0-x86_64-linux.gem");
        assertThat(v.assets().get(0).url()).isEqualTo(server.url("/gems/nokogiri-1.15.0.gem").toString());
        assertThat(v.assets().get(1).expectedHashes()).isEqualTo(Map.of(HashAlgorithm.SHA256, "00".repeat(32)));
        assertThat(listing.document()).hasValueSatisfying(d -> assertThat(d.etag()).contains("\"v1\""));

        server.enqueue(new MockResponse.Builder().code(304).build());
        assertThat(client.revalidate(listing)).as("unchanged").isEmpty();
        assertThat(server.takeRequest().getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
    }

    @Test
    void aDownloadIsCheckedAgainstTheIndexChecksum() throws Exception {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/plain").body(info()).build());
        PackageListing listing = client.fetchListing(NOKOGIRI);
        UpstreamVersion v = listing.version("1.15.0").orElseThrow();

        server.enqueue(new MockResponse.Builder().body(new Buffer().write(gem)).build());
        client.download(v.assets().get(0), (b, t) -> { }, new FileAssetSink(dir.resolve("good.gem")));
        assertThat(Files.readAllBytes(dir.resolve("good.gem"))).isEqualTo(gem);

        server.enqueue(new MockResponse.Builder().body(new Buffer().write(gem)).build());
        assertThatThrownBy(() -> client.download(v.assets().get(1), (b, t) -> { }, new FileAssetSink(dir.resolve("bad.gem"))))
                .isInstanceOf(IntegrityException.class);
        assertThat(dir.resolve("bad.gem")).doesNotExist();
    }

    @Test
    void anUnknownGemIsNotFoundAndTheVersionsFileListsNamesWithTheirLatestChecksum() throws Exception {
        server.enqueue(new MockResponse.Builder().code(404).body("not here").build());
        assertThatThrownBy(() -> client.fetchListing(PackageCoordinate.of(PackageFormat.RUBY, null, "nothing")))
                .isInstanceOf(NotFoundUpstreamException.class);

        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/plain").body("created_at: 2026-01-01T00:00:00Z\n"
                + "---\nrack 1.0.0,2.0.0 aaa\nnokogiri 1.15.0 bbb\nrack 2.1.0 ccc\n").build());
        assertThat(client.versionsFile()).containsExactly(Map.entry("rack", "1.0.0,2.0.0,2.1.0 ccc"),
                Map.entry("nokogiri", "1.15.0 bbb"));
    }
}
