package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.RepositoryId;
import dev.packyard.testing.Waits;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client whose connection drops in the middle of its upload (npm publish, twine upload, Maven deploy): the part already
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

    @Test
    void twineUploadCutOffInItsFile() throws Exception {
        byte[] wheel = new byte[4 * 1024 * 1024];
        Arrays.fill(wheel, (byte) 3);
        String boundary = "cutoffboundary";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\":action\"\r\n\r\nfile_upload\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\ncut\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n1.0.0\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"cut-1.0.0-py3-none-any.whl\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[headBytes.length + wheel.length + tail.length];
        System.arraycopy(headBytes, 0, body, 0, headBytes.length);
        System.arraycopy(wheel, 0, body, headBytes.length, wheel.length);
        System.arraycopy(tail, 0, body, headBytes.length + wheel.length, tail.length);
        // Jetty keeps a multipart file part on disk in the spool folder before Packyard reads it: wait for any file there.
        cutOff("POST", "pypi", "", "multipart/form-data; boundary=" + boundary, body, headBytes.length + wheel.length / 2,
                () -> !allSpoolFiles().isEmpty());
        Waits.until(() -> allSpoolFiles().isEmpty(), "the cut-off multipart part is deleted");
        assertNothingLeft(PackageCoordinate.of(PackageFormat.PYPI, null, "cut"), "1.0.0");
    }

    /** Sends the headers and the first {@code sent} bytes of the body, waits until they are being spooled, and hangs up. */
    private void cutOff(String method, String format, String path, String type, byte[] body, int sent) throws Exception {
        cutOff(method, format, path, type, body, sent, () -> !spoolFiles().isEmpty());
    }

    private void cutOff(String method, String format, String path, String type, byte[] body, int sent,
                        java.util.function.BooleanSupplier receiving) throws Exception {
        String target = "/d/demo/" + f.owner + "/" + format + "/team/" + path;
        String headers = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + f.server.port() + "\r\n"
                + "Authorization: Bearer " + f.token + "\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length
                + "\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", f.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(headers.getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, sent);
            out.flush();
            Waits.until(receiving, "the upload is being spooled");
        }
        Waits.until(() -> spoolFiles().isEmpty(), "the cut-off upload's spool file is deleted");
    }

    private void assertNothingLeft(PackageCoordinate coordinate, String version) throws IOException {
        assertThat(f.backend.storage().packages().findVersion(team, coordinate, version)).isEmpty();
        assertThat(f.backend.storage().packages().findPackage(team, coordinate)).isEmpty();
        assertThat(content.blobs(domain)).isEmpty();
    }

    private List<Path> allSpoolFiles() {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(f.backend.publishing().uploads().directory())) {
            return files.toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Path> spoolFiles() {
        try {
            return content.spoolFiles();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
