package dev.packyard.formats.pypi.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.testing.MutableClock;
import dev.packyard.upstream.AssetLocation;
import dev.packyard.upstream.FetchedAsset;
import dev.packyard.upstream.FileAssetSink;
import dev.packyard.upstream.Fixtures;
import dev.packyard.upstream.IntegrityException;
import dev.packyard.upstream.PackageListing;
import dev.packyard.upstream.http.HttpSettings;
import dev.packyard.upstream.http.UpstreamHttp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PypiSimpleClientTest {
    private static final PackageCoordinate TINY_HTTP = PackageCoordinate.of(PackageFormat.PYPI, null, "Tiny_HTTP");

    @StartStop
    private final MockWebServer server = new MockWebServer();
    @TempDir
    Path dir;

    private final byte[] sdist090 = Fixtures.fileBytes("tiny_http-0.9.0.tar.gz", 2048);
    private final byte[] wheel100 = Fixtures.fileBytes("tiny_http-1.0.0-py3-none-any.whl", 40960);
    private final byte[] sdist100 = Fixtures.fileBytes("tiny_http-1.0.0.tar.gz", 30720);
    private final byte[] wheel110 = Fixtures.fileBytes("tiny_http-1.1.0-py3-none-any.whl", 41984);
    private PypiSimpleClient client;
    private String base;

    @BeforeEach
    void setUp() {
        base = server.url("/pypi").toString();
        client = new PypiSimpleClient(base, new UpstreamHttp(HttpSettings.DEFAULT, MutableClock.startingAt("2026-01-01T00:00:00Z")));
    }

    private Map<String, String> values() {
        return Map.of("base", base,
                "sha256_090", Fixtures.hex("SHA-256", sdist090),
                "sha256_100whl", Fixtures.hex("SHA-256", wheel100),
                "sha256_100sdist", Fixtures.hex("SHA-256", sdist100),
                "sha256_110whl", Fixtures.hex("SHA-256", wheel110));
    }

    private void serveJsonPage() {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/vnd.pypi.simple.v1+json")
                .body(Fixtures.text("pypi-simple-project.json", values())).build());
    }

    private void serveHtmlPage() {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/html; charset=utf-8")
                .body(Fixtures.text("pypi-simple-project.html", values())).build());
    }

    @Test
    void prefersPep691JsonAndReadsFilesVersionsHashesAndUploadTimes() throws Exception {
        serveJsonPage();

        PackageListing listing = client.fetchListing(TINY_HTTP);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/pypi/simple/tiny-http/");
        assertThat(request.getHeaders().get("Accept")).startsWith("application/vnd.pypi.simple.v1+json");
        assertThat(listing.versionNames()).containsExactly("0.9.0", "1.0.0", "1.1.0");
        var v100 = listing.version("1.0.0").orElseThrow();
        assertThat(v100.assets()).extracting(AssetLocation::assetName)
                .containsExactly("tiny_http-1.0.0-py3-none-any.whl", "tiny_http-1.0.0.tar.gz");
        assertThat(v100.publishedTime()).contains(Instant.parse("2024-04-20T16:44:59Z"));
        assertThat(v100.assets().get(1).expectedHashes()).containsEntry(HashAlgorithm.SHA256, Fixtures.hex("SHA-256", sdist100));
        AssetLocation relative = listing.version("0.9.0").orElseThrow().assets().get(0);
        assertThat(relative.url()).isEqualTo(server.url("/pypi/packages/ab/cd/tiny_http-0.9.0.tar.gz").toString());

        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/vnd.pypi.simple.v1+json")
                .body(Fixtures.text("pypi-simple-project.json", values())).build());
        SimpleProjectPage page = client.fetchProjectPage(TINY_HTTP);
        assertThat(page.json()).isTrue();
        assertThat(page.files().get(0).yanked()).isTrue();
        assertThat(page.files().get(1).requiresPython()).contains(">=3.8");
    }

    @Test
    void fallsBackToPep503HtmlWithHashFragments() throws Exception {
        serveHtmlPage();

        SimpleProjectPage page = client.fetchProjectPage(TINY_HTTP);

        assertThat(page.json()).isFalse();
        assertThat(page.files()).extracting(SimpleFile::filename).containsExactly("tiny_http-0.9.0.tar.gz",
                "tiny_http-1.0.0-py3-none-any.whl", "tiny_http-1.0.0.tar.gz", "tiny_http-1.1.0-py3-none-any.whl");
        SimpleFile first = page.files().get(0);
        assertThat(first.url()).isEqualTo(server.url("/pypi/packages/ab/cd/tiny_http-0.9.0.tar.gz").toString());
        assertThat(first.hashes()).containsEntry(HashAlgorithm.SHA256, Fixtures.hex("SHA-256", sdist090));
        assertThat(first.requiresPython()).contains(">=3.7");
        assertThat(first.yanked()).isTrue();
        assertThat(page.files().get(1).yanked()).isFalse();

        serveHtmlPage();
        assertThat(client.fetchListing(TINY_HTTP).versionNames()).containsExactly("0.9.0", "1.0.0", "1.1.0");
    }

    @Test
    void downloadsAFileVerifiedAgainstItsSha256AndRejectsATamperedOne() throws Exception {
        serveHtmlPage();
        AssetLocation wheel = client.fetchListing(TINY_HTTP).version("1.1.0").orElseThrow().assets().get(0);
        server.enqueue(new MockResponse.Builder().body(new Buffer().write(wheel110)).build());

        FetchedAsset fetched = client.download(wheel, (b, t) -> { }, new FileAssetSink(dir.resolve("ok/" + wheel.assetName())));

        assertThat(fetched.verifiedWith()).contains(HashAlgorithm.SHA256);
        assertThat(Files.readAllBytes(dir.resolve("ok/" + wheel.assetName()))).isEqualTo(wheel110);

        byte[] tampered = wheel110.clone();
        tampered[0] ^= 0x55;
        server.enqueue(new MockResponse.Builder().body(new Buffer().write(tampered)).build());
        Path badDir = dir.resolve("bad");
        assertThatThrownBy(() -> client.download(wheel, (b, t) -> { }, new FileAssetSink(badDir.resolve(wheel.assetName()))))
                .isInstanceOf(IntegrityException.class);
        try (var files = Files.list(badDir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void acceptsAnIndexUrlThatAlreadyEndsInSimple() throws Exception {
        PypiSimpleClient viaIndex = new PypiSimpleClient(server.url("/root/simple/").toString(),
                new UpstreamHttp(HttpSettings.DEFAULT, MutableClock.startingAt("2026-01-01T00:00:00Z")));
        serveHtmlPage();

        viaIndex.fetchListing(TINY_HTTP);

        assertThat(server.takeRequest().getTarget()).isEqualTo("/root/simple/tiny-http/");
    }
}
