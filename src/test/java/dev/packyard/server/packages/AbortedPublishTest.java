package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.RepositoryId;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client whose connection drops in the middle of its upload (npm publish, Maven deploy): the part already
 * received was spooled, and once the server sees the connection gone nothing of the publish remains, neither a
 * version nor a blob nor a spool file, and the same version can then be published.
 */
class AbortedPublishTest extends PackageServerTest {
    private PublishedContent content;
    private DomainId domain;
    private RepositoryId team;

    @BeforeEach
    void createTeamRepository() {
        team = f.repositoryWithoutUpstreams("team");
        domain = team.domain();
        content = new PublishedContent(f.backend);
    }

    @Test
    void npmPublishCutOffInItsTarball() throws Exception {
        byte[] tarball = new byte[4 * 1024 * 1024];
        Arrays.fill(tarball, (byte) 7);
        String head = "{\"name\":\"cut\",\"versions\":{\"1.0.0\":{\"name\":\"cut\",\"version\":\"1.0.0\"}},"
                + "\"_attachments\":{\"cut-1.0.0.tgz\":{\"data\":\"";
        String data = Base64.getEncoder().encodeToString(tarball);
        String whole = head + data + "\"}}}";
        cutOff("PUT", "npm", "cut", "application/json", whole.getBytes(StandardCharsets.UTF_8), head.length() + data.length() / 2);
        assertNothingLeft(PackageCoordinate.of(PackageFormat.NPM, null, "cut"), "1.0.0");
    }

    @Test
    void mavenDeployCutOffInItsJar() throws Exception {
        byte[] jar = new byte[4 * 1024 * 1024];
        Arrays.fill(jar, (byte) 9);
        cutOff("PUT", "maven", "com/acme/cut/1.0.0/cut-1.0.0.jar", "application/octet-stream", jar, jar.length / 2);
        assertNothingLeft(PackageCoordinate.of(PackageFormat.MAVEN, "com.acme", "cut"), "1.0.0");
    }

    /** Sends the headers and the first {@code sent} bytes of the body, waits until they are being spooled, and hangs up. */
    private void cutOff(String method, String format, String path, String type, byte[] body, int sent) throws Exception {
        String target = "/d/demo/" + f.owner + "/" + format + "/team/" + path;
        String headers = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + f.server.port() + "\r\n"
                + "Authorization: Bearer " + f.token + "\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length
                + "\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", f.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(headers.getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, sent);
            out.flush();
            awaitThat(() -> !spoolFiles().isEmpty(), "the upload is being spooled");
        }
        awaitThat(() -> spoolFiles().isEmpty(), "the cut-off upload's spool file is deleted");
    }

    private void assertNothingLeft(PackageCoordinate coordinate, String version) throws IOException {
        assertThat(f.backend.storage().packages().findVersion(team, coordinate, version)).isEmpty();
        assertThat(f.backend.storage().packages().findPackage(team, coordinate)).isEmpty();
        assertThat(content.blobs(domain)).isEmpty();
    }

    private List<Path> spoolFiles() {
        try {
            return content.spoolFiles();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the server's own threads to get somewhere (reading, failing), up to a generous limit. */
    private static void awaitThat(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
