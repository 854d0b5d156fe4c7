package dev.packyard.formats.maven.upstream;

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
import dev.packyard.upstream.UpstreamUnavailableException;
import dev.packyard.upstream.UpstreamVersion;
import dev.packyard.upstream.http.HttpSettings;
import dev.packyard.upstream.http.UpstreamHttp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenRepositoryClientTest {
    private static final PackageCoordinate STRING_KIT = PackageCoordinate.of(PackageFormat.MAVEN, "org.example.tools", "string-kit");
    private static final String DIR = "/repo/org/example/tools/string-kit/";

    @StartStop
    private final MockWebServer server = new MockWebServer();
    @TempDir
    Path dir;

    private final byte[] pom = Fixtures.text("string-kit-2.1.0.pom", Map.of()).getBytes(StandardCharsets.UTF_8);
    private final byte[] jar = Fixtures.fileBytes("string-kit-2.1.0.jar", 100_000);
    private final Map<String, MockResponse> files = new java.util.concurrent.ConcurrentHashMap<>();
    private MavenRepositoryClient client;

    @BeforeEach
    void setUp() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return files.getOrDefault(request.getTarget(), new MockResponse.Builder().code(404).build());
            }
        });
        files.put(DIR + "maven-metadata.xml", body(Fixtures.text("maven-metadata.xml", Map.of()).getBytes(StandardCharsets.UTF_8)));
        files.put(DIR + "2.1.0/string-kit-2.1.0.pom", body(pom));
        files.put(DIR + "2.1.0/string-kit-2.1.0.pom.sha1", text(Fixtures.hex("SHA-1", pom)));
        files.put(DIR + "2.1.0/string-kit-2.1.0.jar", body(jar));
        client = new MavenRepositoryClient(server.url("/repo/").toString(),
                new UpstreamHttp(HttpSettings.DEFAULT, MutableClock.startingAt("2026-01-01T00:00:00Z")));
    }

    @Test
    void readsTheVersionListFromMavenMetadata() throws Exception {
        MavenMetadata metadata = client.fetchMetadata(STRING_KIT);

        PackageListing listing = metadata.listing();
        assertThat(listing.versionNames()).containsExactly("1.0.0", "1.1.0", "2.0.0", "2.1.0");
        assertThat(listing.tags()).containsEntry("latest", "2.1.0").containsEntry("release", "2.1.0");
        assertThat(metadata.lastUpdated()).contains(Instant.parse("2025-09-18T10:30:15Z"));
        assertThat(listing.version("2.1.0").orElseThrow().assets()).extracting(AssetLocation::assetName)
                .containsExactly("string-kit-2.1.0.pom", "string-kit-2.1.0.jar");
        assertThat(listing.version("2.1.0").orElseThrow().assets().get(1).url())
                .isEqualTo(server.url(DIR + "2.1.0/string-kit-2.1.0.jar").toString());
    }

    @Test
    void downloadsAPomVerifiedAgainstItsSha1Sidecar() throws Exception {
        AssetLocation location = client.location(STRING_KIT, "2.1.0", "string-kit-2.1.0.pom");

        FetchedAsset fetched = client.download(location, (b, t) -> { }, new FileAssetSink(dir.resolve("string-kit-2.1.0.pom")));

        assertThat(fetched.verifiedWith()).contains(HashAlgorithm.SHA1);
        assertThat(Files.readAllBytes(dir.resolve("string-kit-2.1.0.pom"))).isEqualTo(pom);
    }

    @Test
    void sidecarsMayCarryTheFileNameAfterTheHashAndMd5IsTheFallback() throws Exception {
        files.put(DIR + "2.1.0/string-kit-2.1.0.jar.md5", text(Fixtures.hex("MD5", jar) + "  string-kit-2.1.0.jar\n"));

        FetchedAsset fetched = client.download(client.location(STRING_KIT, "2.1.0", "string-kit-2.1.0.jar"), (b, t) -> { },
                new FileAssetSink(dir.resolve("string-kit-2.1.0.jar")));

        assertThat(fetched.verifiedWith()).contains(HashAlgorithm.MD5);
        assertThat(fetched.size()).isEqualTo(jar.length);
    }

    @Test
    void aJarThatDoesNotMatchItsSha1IsRejectedAndNothingIsKept() throws Exception {
        files.put(DIR + "2.1.0/string-kit-2.1.0.jar.sha1", text(Fixtures.hex("SHA-1", "something else".getBytes(StandardCharsets.UTF_8))));
        Path target = dir.resolve("out/string-kit-2.1.0.jar");

        assertThatThrownBy(() -> client.download(client.location(STRING_KIT, "2.1.0", "string-kit-2.1.0.jar"), (b, t) -> { },
                new FileAssetSink(target))).isInstanceOf(IntegrityException.class).hasMessageContaining("SHA-1");
        try (var left = Files.list(target.getParent())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anyFileOfAListedVersionCanBeLocatedAndIsVerifiedLikeThePomAndJar() throws Exception {
        byte[] classifier = Fixtures.fileBytes("string-kit-2.1.0-no_aop.jar", 5_000);
        files.put(DIR + "2.1.0/string-kit-2.1.0-no_aop.jar", body(classifier));
        files.put(DIR + "2.1.0/string-kit-2.1.0-no_aop.jar.sha1", text(Fixtures.hex("SHA-1", classifier)));
        UpstreamVersion v210 = client.fetchListing(STRING_KIT).version("2.1.0").orElseThrow();

        AssetLocation location = client.locateUnlisted(STRING_KIT, v210, "string-kit-2.1.0-no_aop.jar").orElseThrow();
        assertThat(location.url()).isEqualTo(server.url(DIR + "2.1.0/string-kit-2.1.0-no_aop.jar").toString());
        FetchedAsset fetched = client.download(location, (b, t) -> { }, new FileAssetSink(dir.resolve("no_aop.jar")));
        assertThat(fetched.verifiedWith()).contains(HashAlgorithm.SHA1);
        assertThat(Files.readAllBytes(dir.resolve("no_aop.jar"))).isEqualTo(classifier);

        for (String outside : List.of("../../other/1.0/other-1.0.jar", ".hidden", "", "a\\b.jar")) {
            assertThat(client.locateUnlisted(STRING_KIT, v210, outside)).as(outside).isEmpty();
        }
    }

    @Test
    void groupMetadataNamesEachPluginByItsPrefix() throws Exception {
        files.put("/repo/org/example/plugins/maven-metadata.xml", body(("<metadata><plugins>"
                + "<plugin><name>License</name><prefix>license</prefix><artifactId>license-maven-plugin</artifactId></plugin>"
                + "<plugin><prefix>archetype</prefix><artifactId>maven-archetype-plugin</artifactId></plugin>"
                + "<plugin><name>no prefix</name><artifactId>broken-plugin</artifactId></plugin>"
                + "</plugins></metadata>").getBytes(StandardCharsets.UTF_8)));

        assertThat(client.fetchGroupPlugins("org.example.plugins")).containsExactly(
                new MavenPlugin("license", "license-maven-plugin", "License"),
                new MavenPlugin("archetype", "maven-archetype-plugin", "maven-archetype-plugin"));
        assertThat(client.fetchGroupPlugins("org.example.none")).as("no group metadata is no plugins").isEmpty();
        files.put("/repo/org/example/bad/maven-metadata.xml", body("<metadata><plugins>".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> client.fetchGroupPlugins("org.example.bad")).isInstanceOf(UpstreamUnavailableException.class)
                .hasMessageContaining("could not be read");
    }

    @Test
    void anUnknownArtifactIsNotFoundUpstream() {
        assertThatThrownBy(() -> client.fetchListing(PackageCoordinate.of(PackageFormat.MAVEN, "org.example", "nothing")))
                .isInstanceOf(NotFoundUpstreamException.class);
    }

    private static MockResponse body(byte[] bytes) {
        return new MockResponse.Builder().body(new Buffer().write(bytes)).build();
    }

    private static MockResponse text(String s) {
        return new MockResponse.Builder().setHeader("Content-Type", "text/plain").body(s).build();
    }
}
