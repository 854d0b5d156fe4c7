package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.demo.common.ZipArchive;
import dev.packyard.model.Asset;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.TaskKind;
import dev.packyard.service.packages.PackageRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Maven layout beyond a version's POM and jar, through the real server and the demo's Maven repository: any file
 * of a version fetched, verified and kept as an asset of that version; group-level metadata with plugin prefixes;
 * SNAPSHOTs deployed again and again into one version whose version-level metadata points at the newest build.
 */
class MavenLayoutEndpointTest {
    private static final String EPSILON = "dev/packyard/demo/epsilon/1.0.0/epsilon-1.0.0";

    @TempDir
    Path dir;
    private PackageServerFixture f;
    private MockWebServer upstream;

    @AfterEach
    void stop() throws Exception {
        if (f != null) {
            f.close();
        }
        if (upstream != null) {
            upstream.close();
        }
    }

    @Test
    void everyFileOfAVersionIsServedWithEveryChecksumAndRetainedAsAnAssetOfThatVersion() throws Exception {
        f = new PackageServerFixture(dir);
        String base = f.endpoint("maven", "app");
        List<String> files = List.of(EPSILON + ".jar", EPSILON + "-linux-x86_64.jar", EPSILON + "-sources.jar",
                EPSILON + "-javadoc.jar", EPSILON + ".module", EPSILON + "-bin.zip");
        for (String file : files) {
            byte[] bytes = bytes(base + file);
            assertThat(bytes).as(file).isEqualTo(bytes(demoUrl(file)));
            for (Map.Entry<String, String> sidecar : Map.of(".md5", "MD5", ".sha1", "SHA-1", ".sha256", "SHA-256",
                    ".sha512", "SHA-512").entrySet()) {
                assertThat(f.call(f.authorized(base + file + sidecar.getKey()).build()).body()).as(file + sidecar.getKey())
                        .isEqualTo(hex(sidecar.getValue(), bytes));
            }
        }
        PackageServerFixture.Answer missing = f.call(f.authorized(base + EPSILON + "-tests.jar").build());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("epsilon-1.0.0-tests.jar");

        persist();
        for (String repository : List.of("app", "maven-central-store")) {
            List<String> assets = assets(repository, "dev.packyard.demo", "epsilon", "1.0.0").stream().map(Asset::name).toList();
            assertThat(assets).as(repository).containsExactlyInAnyOrder("epsilon-1.0.0.jar", "epsilon-1.0.0-linux-x86_64.jar",
                    "epsilon-1.0.0-sources.jar", "epsilon-1.0.0-javadoc.jar", "epsilon-1.0.0.module", "epsilon-1.0.0-bin.zip");
        }
        try (Response r = f.http.newCall(f.authorized(base + EPSILON + "-linux-x86_64.jar").build()).execute()) {
            assertThat(r.header(Downloads.SOURCE_HEADER)).as("served from what was retained").isEqualTo("RETAINED");
        }
    }

    @Test
    void groupMetadataMapsPrefixesFromTheUpstreamAndFromPluginsTheRepositoryHolds() throws Exception {
        f = new PackageServerFixture(dir);
        String group = f.endpoint("maven", "app") + "dev/packyard/demo/plugins/";
        PackageServerFixture.Answer upstreamOnly = f.call(f.authorized(group + "maven-metadata.xml").build());
        assertThat(upstreamOnly.status()).isEqualTo(200);
        assertThat(upstreamOnly.body()).contains("<prefix>hello</prefix>", "<artifactId>hello-maven-plugin</artifactId>")
                .doesNotContain("<versioning>");

        String pom = "<project><modelVersion>4.0.0</modelVersion><groupId>dev.packyard.demo.plugins</groupId>"
                + "<artifactId>team-maven-plugin</artifactId><version>1.0.0</version><packaging>maven-plugin</packaging></project>";
        byte[] jar = new ZipArchive().add("META-INF/maven/plugin.xml", "<plugin><name>Team tools</name><groupId>"
                + "dev.packyard.demo.plugins</groupId><artifactId>team-maven-plugin</artifactId><version>1.0.0</version>"
                + "<goalPrefix>team</goalPrefix><mojos/></plugin>").toBytes();
        assertThat(put(group + "team-maven-plugin/1.0.0/team-maven-plugin-1.0.0.jar", jar)).isEqualTo(201);
        assertThat(put(group + "team-maven-plugin/1.0.0/team-maven-plugin-1.0.0.pom", utf8(pom))).isEqualTo(201);
        assertThat(put(group + "team-maven-plugin/maven-metadata.xml", utf8("<metadata><groupId>dev.packyard.demo.plugins"
                + "</groupId><artifactId>team-maven-plugin</artifactId><versioning><versions><version>1.0.0</version>"
                + "</versions></versioning></metadata>"))).isEqualTo(201);
        assertThat(put(group + "maven-metadata.xml", utf8("<metadata><plugins><plugin><name>Team tools</name><prefix>team</prefix>"
                + "<artifactId>team-maven-plugin</artifactId></plugin></plugins></metadata>"))).as("group metadata deployed")
                .isEqualTo(201);

        PackageServerFixture.Answer merged = f.call(f.authorized(group + "maven-metadata.xml").build());
        assertThat(merged.body()).contains("<prefix>team</prefix>", "<name>Team tools</name>",
                "<artifactId>team-maven-plugin</artifactId>", "<prefix>hello</prefix>");
        assertThat(f.call(f.authorized(group + "maven-metadata.xml.sha1").build()).body())
                .isEqualTo(hex("SHA-1", utf8(merged.body())));
        assertThat(f.call(f.authorized(f.endpoint("maven", "app") + "dev/packyard/demo/alpha/maven-metadata.xml").build()).body())
                .as("an artifact's own metadata has no plugins").contains("<version>2.0.0</version>").doesNotContain("<plugins>");
        assertThat(f.call(f.authorized(f.endpoint("maven", "app") + "org/example/nothing/maven-metadata.xml").build()).status())
                .isEqualTo(404);
    }

    @Test
    void aSnapshotDeployedTwiceIsOneVersionWhoseBuildsAccumulateAndTheNewestIsResolved() throws Exception {
        f = new PackageServerFixture(dir);
        String version = f.endpoint("maven", "app") + "com/example/team/rw-app/1.0.0-SNAPSHOT/";
        String metadata = version + "maven-metadata.xml";
        assertThat(f.call(f.authorized(metadata).build()).status()).as("nothing deployed yet").isEqualTo(404);

        deployBuild(version, "20261203.082700-1", "build one");
        assertThat(status()).isEqualTo(PackageVersionStatus.Published);
        assertThat(f.call(f.authorized(metadata).build()).body()).contains("<version>1.0.0-SNAPSHOT</version>",
                "<buildNumber>1</buildNumber>", "<value>1.0.0-20261203.082700-1</value>");

        deployBuild(version, "20261203.091500-2", "build two");
        PackageServerFixture.Answer newest = f.call(f.authorized(metadata).build());
        assertThat(newest.body()).contains("<timestamp>20261203.091500</timestamp>", "<buildNumber>2</buildNumber>",
                "<value>1.0.0-20261203.091500-2</value>").doesNotContain("-082700-1<");
        assertThat(f.call(f.authorized(metadata + ".md5").build()).body()).isEqualTo(hex("MD5", utf8(newest.body())));
        assertThat(f.call(f.authorized(version + "rw-app-1.0.0-20261203.091500-2.jar").build()).body()).isEqualTo("build two");
        assertThat(f.call(f.authorized(version + "rw-app-1.0.0-20261203.082700-1.jar").build()).body())
                .as("earlier builds stay downloadable").isEqualTo("build one");
        assertThat(f.call(f.authorized(f.endpoint("maven", "app") + "com/example/team/rw-app/maven-metadata.xml").build()).body())
                .contains("<version>1.0.0-SNAPSHOT</version>", "<latest>1.0.0-SNAPSHOT</latest>").doesNotContain("<release>");

        assertThat(status()).isEqualTo(PackageVersionStatus.Published);
        assertThat(assets("app", "com.example.team", "rw-app", "1.0.0-SNAPSHOT").stream().map(Asset::name))
                .containsExactlyInAnyOrder("rw-app-1.0.0-20261203.082700-1.jar", "rw-app-1.0.0-20261203.082700-1.pom",
                        "rw-app-1.0.0-20261203.091500-2.jar", "rw-app-1.0.0-20261203.091500-2.pom");
        assertThat(put(version + "rw-app-1.0.0-20261203.082700-1.jar", utf8("rewritten"))).as("a build is never replaced")
                .isEqualTo(409);
        PackageServerFixture.Answer nonUnique = f.call(putRequest(version + "rw-app-1.0.0-SNAPSHOT.jar", utf8("x")));
        assertThat(nonUnique.status()).isEqualTo(400);
        assertThat(nonUnique.body()).contains("non-unique SNAPSHOT", "timestamped");
        assertThat(f.call(putRequest(f.endpoint("maven", "app") + "com/example/team/rw-app/1.0.0/rw-app-1.0.0.jar",
                utf8("a release"))).status()).as("a release is still a version of its own").isEqualTo(201);
    }

    @Test
    void aFileThatDoesNotMatchItsPublishedChecksumIsRefusedAndNothingIsKept() throws Exception {
        upstream = new MockWebServer();
        Map<String, MockResponse> files = new ConcurrentHashMap<>();
        upstream.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return files.getOrDefault(request.getTarget(), new MockResponse.Builder().code(404).build());
            }
        });
        upstream.start();
        String dirPath = "/maven2/org/example/broken/";
        byte[] jar = utf8("the jar as the registry sends it");
        byte[] sources = utf8("sources as the registry sends them");
        byte[] zip = utf8("a distribution without any checksum file");
        files.put(dirPath + "maven-metadata.xml", body(utf8("<metadata><groupId>org.example</groupId><artifactId>broken"
                + "</artifactId><versioning><versions><version>1.0</version></versions></versioning></metadata>")));
        files.put(dirPath + "1.0/broken-1.0.jar", body(jar));
        files.put(dirPath + "1.0/broken-1.0.jar.sha1", body(utf8(hex("SHA-1", utf8("what was meant to be sent")))));
        files.put(dirPath + "1.0/broken-1.0-sources.jar", body(sources));
        files.put(dirPath + "1.0/broken-1.0-sources.jar.sha1", body(utf8(hex("SHA-1", utf8("other sources")))));
        files.put(dirPath + "1.0/broken-1.0-bin.zip", body(zip));
        f = new PackageServerFixture(dir, Optional.of(upstream.url("/maven2/").toString()));
        String base = f.endpoint("maven", "app") + "org/example/broken/1.0/";

        for (String file : List.of("broken-1.0.jar", "broken-1.0-sources.jar")) {
            PackageServerFixture.Answer refused = f.call(f.authorized(base + file).build());
            assertThat(refused.status()).as(file + ": a corrupt upstream file is a bad gateway, as for npm and PyPI").isEqualTo(502);
            assertThat(refused.body()).as(file).contains("does not match its published hash", "Nothing was kept");
        }
        assertThat(f.call(f.authorized(base + "broken-1.0-bin.zip").build()).body())
                .as("a file the registry publishes no checksum for is served as sent")
                .isEqualTo("a distribution without any checksum file");
        persist();
        assertThat(f.backend.tasks().queue().history()).filteredOn(t -> t.kind() == TaskKind.FETCH && t.title().contains("(broken-1.0-bin.zip)")).singleElement()
                .satisfies(t -> assertThat(t.outcome()).contains("not verified: the registry publishes no checksum"));
        assertThat(f.backend.tasks().queue().history()).filteredOn(t -> t.kind() == TaskKind.FETCH && t.title().contains("(broken-1.0.jar)")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.outcome()).contains("Integrity check failed", "SHA-1", "discarded"));
        assertThat(assets("app", "org.example", "broken", "1.0").stream().map(Asset::name))
                .as("only the file that could be verified (or had nothing to verify against) is kept")
                .containsExactly("broken-1.0-bin.zip");
        var domain = f.backend.catalog().domains().require(null, "demo").id();
        assertThat(f.backend.storage().blobs().exists(domain, hex("SHA-256", jar))).isFalse();
        assertThat(f.backend.storage().blobs().exists(domain, hex("SHA-256", sources))).isFalse();
    }

    private void deployBuild(String versionUrl, String build, String jarContent) throws Exception {
        String stem = versionUrl + "rw-app-1.0.0-" + build;
        assertThat(put(stem + ".jar", utf8(jarContent))).isEqualTo(201);
        assertThat(put(stem + ".jar.sha1", utf8(hex("SHA-1", utf8(jarContent))))).isEqualTo(201);
        assertThat(put(stem + ".pom", utf8("<project><artifactId>rw-app</artifactId></project>"))).isEqualTo(201);
        assertThat(put(versionUrl + "maven-metadata.xml", utf8("<metadata><groupId>com.example.team</groupId><artifactId>rw-app"
                + "</artifactId><version>1.0.0-SNAPSHOT</version></metadata>"))).isEqualTo(201);
        assertThat(put(versionUrl + "maven-metadata.xml.sha1", utf8("0000"))).as("metadata checksums are not compared")
                .isEqualTo(201);
    }

    private PackageVersionStatus status() {
        return f.backend.catalog().versions().describe(ref("app", "com.example.team", "rw-app"), "1.0.0-SNAPSHOT").status();
    }

    private List<Asset> assets(String repository, String group, String artifact, String version) {
        return f.backend.catalog().versions().listAssets(ref(repository, group, artifact), version, null, null).items();
    }

    private PackageRef ref(String repository, String group, String artifact) {
        return f.backend.catalog().locator().locate(null, "demo", repository, "maven", group, artifact);
    }

    /** Lets the persistence latency pass, so fetched files become assets of their versions. */
    private void persist() throws InterruptedException {
        // A client is answered once its bytes are verified; the fetch task schedules persistence just after.
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        f.scheduler.advance(Duration.ofMinutes(10));
        assertThat(f.backend.tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
    }

    private String demoUrl(String path) {
        return f.demo.endpoints().orElseThrow().baseFor(PackageFormat.MAVEN) + path;
    }

    private byte[] bytes(String url) throws Exception {
        Request.Builder request = url.contains("/d/demo/") ? f.authorized(url) : new Request.Builder().url(url);
        try (Response r = f.http.newCall(request.build()).execute()) {
            assertThat(r.code()).as(url).isEqualTo(200);
            return r.body().bytes();
        }
    }

    private int put(String url, byte[] content) throws Exception {
        return f.call(putRequest(url, content)).status();
    }

    private Request putRequest(String url, byte[] content) {
        return f.authorized(url).put(RequestBody.create(content, MediaType.get("application/octet-stream"))).build();
    }

    private static MockResponse body(byte[] bytes) {
        return new MockResponse.Builder().body(new Buffer().write(bytes)).build();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(String algorithm, byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    }
}
