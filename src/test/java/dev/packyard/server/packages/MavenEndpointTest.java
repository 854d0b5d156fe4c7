package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageVersionStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/** The Maven endpoint: layout paths, generated metadata, checksums, and deploy with Unfinished until the metadata. */
class MavenEndpointTest extends PackageServerTest {
    @Test
    void filesMetadataAndChecksumsComeThroughTheRepository() throws Exception {
        String base = f.endpoint("maven", "app") + "dev/packyard/demo/";
        byte[] jar;
        try (okhttp3.Response r = f.http.newCall(f.authorized(base + "alpha/2.0.0/alpha-2.0.0.jar").build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            jar = r.body().bytes();
        }
        assertThat(f.call(f.authorized(base + "alpha/2.0.0/alpha-2.0.0.jar.sha1").build()).body())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(jar)));
        assertThat(f.call(f.authorized(base + "demo-parent/1.1.0/demo-parent-1.1.0.pom").build()).status()).isEqualTo(200);

        PackageServerFixture.Answer metadata = f.call(f.authorized(base + "alpha/maven-metadata.xml").build());
        assertThat(metadata.body()).contains("<version>1.0.0</version>", "<version>2.0.0</version>", "<latest>2.0.0</latest>",
                "<release>2.0.0</release>", "<lastUpdated>");
        assertThat(f.call(f.authorized(base + "alpha/maven-metadata.xml.sha1").build()).body())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                        .digest(metadata.body().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void missingIs404AndAnOutageIs503() throws Exception {
        String base = f.endpoint("maven", "app");
        assertThat(f.call(f.authorized(base + "org/example/none/1.0/none-1.0.pom").build()).status()).isEqualTo(404);
        f.demo.controls(PackageFormat.MAVEN).goDown(OutageMode.SERVICE_UNAVAILABLE);
        PackageServerFixture.Answer answer = f.call(f.authorized(base + "dev/packyard/demo/gamma/1.0.0/gamma-1.0.0.pom").build());
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.body().toLowerCase()).contains("upstream unavailable");
    }

    @Test
    void aDeployedVersionStaysUnfinishedUntilItsMetadataArrives() throws Exception {
        String dirUrl = f.endpoint("maven", "app") + "com/example/team/mylib/";
        assertThat(f.call(put(dirUrl + "1.0.0/mylib-1.0.0.jar", "jar bytes")).status()).isEqualTo(201);
        assertThat(f.call(put(dirUrl + "1.0.0/mylib-1.0.0.jar.sha1", sha1("jar bytes"))).status()).isEqualTo(201);
        assertThat(f.call(put(dirUrl + "1.0.0/mylib-1.0.0.jar.sha1", sha1("other"))).status()).as("wrong checksum")
                .isEqualTo(400);
        assertThat(f.call(put(dirUrl + "1.0.0/mylib-1.0.0.pom", "<project/>")).status()).isEqualTo(201);
        assertThat(status("1.0.0")).isEqualTo(PackageVersionStatus.Unfinished);
        assertThat(f.call(f.authorized(dirUrl + "maven-metadata.xml").build()).status()).as("nothing listed yet").isEqualTo(404);

        assertThat(f.call(put(dirUrl + "maven-metadata.xml", "<metadata><groupId>com.example.team</groupId><artifactId>mylib"
                + "</artifactId><versioning><versions><version>1.0.0</version></versions></versioning></metadata>")).status())
                .isEqualTo(201);
        assertThat(status("1.0.0")).isEqualTo(PackageVersionStatus.Published);
        assertThat(f.call(f.authorized(dirUrl + "maven-metadata.xml").build()).body()).contains("<version>1.0.0</version>");
        assertThat(f.call(put(dirUrl + "1.0.0/mylib-1.0.0-sources.jar", "late")).status()).as("published is final")
                .isEqualTo(409);
    }

    @Test
    void aChecksumOrMetadataOverOneMiBIs413AndChangesNothing() throws Exception {
        String dirUrl = f.endpoint("maven", "app") + "com/example/team/mylib/";
        assertThat(f.call(put(dirUrl + "1.0.0/mylib-1.0.0.jar", "jar bytes")).status()).isEqualTo(201);
        // Read whole, these documents get a cap of their own far below the upload limit a jar may use.
        String huge = "a".repeat(DocumentBodies.MAX_BYTES + 1);

        PackageServerFixture.Answer checksum = f.call(put(dirUrl + "1.0.0/mylib-1.0.0.jar.sha1", huge));
        assertThat(checksum.status()).as(checksum.body()).isEqualTo(413);
        assertThat(checksum.body()).contains("checksum file is larger than 1 MiB");
        PackageServerFixture.Answer metadata = f.call(put(dirUrl + "maven-metadata.xml", "<metadata><versioning><versions>"
                + "<version>1.0.0</version></versions></versioning>" + " ".repeat(DocumentBodies.MAX_BYTES) + "</metadata>"));
        assertThat(metadata.status()).as(metadata.body()).isEqualTo(413);
        assertThat(metadata.body()).contains("maven-metadata.xml is larger than 1 MiB");
        assertThat(status("1.0.0")).as("an oversized metadata file publishes nothing").isEqualTo(PackageVersionStatus.Unfinished);

        assertThat(f.call(put(dirUrl + "maven-metadata.xml", "<metadata><versioning><versions><version>1.0.0</version>"
                + "</versions></versioning></metadata>")).status()).isEqualTo(201);
        assertThat(status("1.0.0")).isEqualTo(PackageVersionStatus.Published);
    }

    @Test
    void deployingAVersionMavenCentralHasIsAConflict() throws Exception {
        PackageServerFixture.Answer answer = f.call(put(f.endpoint("maven", "app") + "dev/packyard/demo/beta/1.0.0/beta-1.0.0.jar", "x"));
        assertThat(answer.status()).isEqualTo(409);
    }

    private PackageVersionStatus status(String version) {
        return f.backend.catalog().versions().describe(f.backend.catalog().locator().locate(null, "demo", "app", "maven", "com.example.team", "mylib"),
                version).status();
    }

    private Request put(String url, String content) {
        return f.authorized(url).put(RequestBody.create(content.getBytes(StandardCharsets.UTF_8),
                MediaType.get("application/octet-stream"))).build();
    }

    private static String sha1(String content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content.getBytes(StandardCharsets.UTF_8)));
    }
}
