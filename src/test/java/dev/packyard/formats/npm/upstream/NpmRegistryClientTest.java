package dev.packyard.formats.npm.upstream;

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
import dev.packyard.upstream.NotFoundUpstreamException;
import dev.packyard.upstream.PackageListing;
import dev.packyard.upstream.UpstreamVersion;
import dev.packyard.upstream.http.HttpSettings;
import dev.packyard.upstream.http.UpstreamHttp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpmRegistryClientTest {
    private static final PackageCoordinate WIDGETS = PackageCoordinate.of(PackageFormat.NPM, "acme", "widgets");
    private static final PackageCoordinate LEFT_PAD = PackageCoordinate.of(PackageFormat.NPM, null, "left-pad");

    @StartStop
    private final MockWebServer server = new MockWebServer();
    @TempDir
    Path dir;

    private final byte[] tgz100 = Fixtures.fileBytes("widgets-1.0.0", 3_000);
    private final byte[] tgz110 = Fixtures.fileBytes("widgets-1.1.0", 200_000);
    private final byte[] tgz200 = Fixtures.fileBytes("widgets-2.0.0", 1_000);
    private NpmRegistryClient client;
    private String base;

    @BeforeEach
    void setUp() {
        base = server.url("/registry").toString();
        client = new NpmRegistryClient(base + "/", new UpstreamHttp(HttpSettings.DEFAULT, MutableClock.startingAt("2026-01-01T00:00:00Z")));
    }

    private String widgetsPackument() {
        return Fixtures.text("npm-packument-full.json", Map.of(
                "base", base,
                "sha1_100", Fixtures.hex("SHA-1", tgz100),
                "sri_110", Fixtures.sri512(tgz110), "sha1_110", Fixtures.hex("SHA-1", tgz110),
                "sri_200", Fixtures.sri512(tgz200), "sha1_200", Fixtures.hex("SHA-1", tgz200)));
    }

    @Test
    void readsVersionsTagsTimesAndHashesOfAScopedPackage() throws Exception {
        server.enqueue(json(widgetsPackument()));

        PackageListing listing = client.fetchListing(WIDGETS);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/registry/@acme%2fwidgets");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(listing.versionNames()).containsExactly("1.0.0", "1.1.0", "2.0.0-beta.1");
        assertThat(listing.tags()).containsEntry("latest", "1.1.0").containsEntry("next", "2.0.0-beta.1");
        UpstreamVersion v110 = listing.version("1.1.0").orElseThrow();
        assertThat(v110.publishedTime()).contains(Instant.parse("2024-06-10T14:22:05.123Z"));
        AssetLocation tarball = v110.assets().get(0);
        assertThat(tarball.assetName()).isEqualTo("widgets-1.1.0.tgz");
        assertThat(tarball.url()).isEqualTo(base + "/@acme/widgets/-/widgets-1.1.0.tgz");
        assertThat(tarball.expectedHashes())
                .containsEntry(HashAlgorithm.SHA512, Fixtures.hex("SHA-512", tgz110))
                .containsEntry(HashAlgorithm.SHA1, Fixtures.hex("SHA-1", tgz110));
        assertThat(listing.version("1.0.0").orElseThrow().assets().get(0).expectedHashes()).containsOnlyKeys(HashAlgorithm.SHA1);
    }

    @Test
    void asksForTheAbbreviatedFormWhenToldTo() throws Exception {
        byte[] tgz = Fixtures.fileBytes("left-pad", 500);
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/vnd.npm.install-v1+json")
                .body(Fixtures.text("npm-packument-abbreviated.json",
                        Map.of("base", base, "sri", Fixtures.sri512(tgz), "sha1", Fixtures.hex("SHA-1", tgz)))).build());

        NpmPackument packument = client.fetchPackument(LEFT_PAD, PackumentForm.ABBREVIATED);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/registry/left-pad");
        assertThat(request.getHeaders().get("Accept")).startsWith("application/vnd.npm.install-v1+json");
        assertThat(packument.listing().versionNames()).containsExactly("1.3.0");
        assertThat(packument.listing().version("1.3.0").orElseThrow().publishedTime()).isEmpty();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(packument.listing().document().orElseThrow().text())
                .path("modified").asText()).isEqualTo("2024-05-02T08:00:00.000Z");
    }

    @Test
    void downloadsATarballVerifiedAgainstItsIntegrityWithProgress() throws Exception {
        server.enqueue(json(widgetsPackument()));
        AssetLocation tarball = client.fetchListing(WIDGETS).version("1.1.0").orElseThrow().assets().get(0);
        server.enqueue(new MockResponse.Builder().body(new Buffer().write(tgz110)).build());
        List<Long> progress = new ArrayList<>();
        Path target = dir.resolve("widgets-1.1.0.tgz");

        FetchedAsset fetched = client.download(tarball, (bytes, total) -> progress.add(bytes), new FileAssetSink(target));

        assertThat(fetched.verifiedWith()).contains(HashAlgorithm.SHA512);
        assertThat(fetched.size()).isEqualTo(tgz110.length);
        assertThat(fetched.toAsset().sha256()).isEqualTo(Fixtures.hex("SHA-256", tgz110));
        assertThat(Files.readAllBytes(target)).isEqualTo(tgz110);
        assertThat(progress).first().isEqualTo(0L);
        assertThat(progress).last().isEqualTo((long) tgz110.length);
        assertThat(progress.size()).isGreaterThan(2);
    }

    @Test
    void verifiesWithTheShasumWhenThereIsNoIntegrity() throws Exception {
        server.enqueue(json(widgetsPackument()));
        AssetLocation tarball = client.fetchListing(WIDGETS).version("1.0.0").orElseThrow().assets().get(0);
        server.enqueue(new MockResponse.Builder().body(new Buffer().write(tgz100)).build());

        FetchedAsset fetched = client.download(tarball, (b, t) -> { }, new FileAssetSink(dir.resolve("a.tgz")));

        assertThat(fetched.verifiedWith()).contains(HashAlgorithm.SHA1);
    }

    @Test
    void rejectsATamperedTarballAndKeepsNothing() throws Exception {
        server.enqueue(json(widgetsPackument()));
        AssetLocation tarball = client.fetchListing(WIDGETS).version("1.1.0").orElseThrow().assets().get(0);
        byte[] tampered = tgz110.clone();
        tampered[1000] ^= 1;
        server.enqueue(new MockResponse.Builder().body(new Buffer().write(tampered)).build());
        Path target = dir.resolve("widgets-1.1.0.tgz");

        assertThatThrownBy(() -> client.download(tarball, (b, t) -> { }, new FileAssetSink(target)))
                .isInstanceOf(IntegrityException.class)
                .hasMessageContaining("SHA-512").hasMessageContaining("discarded");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void keepsThePackumentAndRevalidatesItWithItsEtag() throws Exception {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").setHeader("ETag", "W/\"7-1c2b\"")
                .body(widgetsPackument()).build());
        PackageListing listing = client.fetchListing(WIDGETS);
        assertThat(listing.document()).hasValueSatisfying(d -> {
            assertThat(d.text()).contains("\"readme\"");
            assertThat(d.mediaType()).isEqualTo("application/json");
            assertThat(d.etag()).contains("W/\"7-1c2b\"");
        });
        server.takeRequest();
        server.enqueue(new MockResponse.Builder().code(304).build());

        assertThat(client.revalidate(listing)).isEmpty();
        assertThat(server.takeRequest().getHeaders().get("If-None-Match")).isEqualTo("W/\"7-1c2b\"");
    }

    @Test
    void aMissingPackageIsNotFoundUpstream() {
        server.enqueue(new MockResponse.Builder().code(404).body("{\"error\":\"Not found\"}").build());

        assertThatThrownBy(() -> client.fetchListing(PackageCoordinate.of(PackageFormat.NPM, null, "no-such-package")))
                .isInstanceOf(NotFoundUpstreamException.class);
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
    }

}
