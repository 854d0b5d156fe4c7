package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.app.Backend;
import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.RepositoryId;
import dev.packyard.testing.Waits;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code serve} process killed outright (SIGKILL, as a power cut would stop it) while it receives an npm publish:
 * when Packyard opens the same data directory again, nothing of that publish is there, neither the package nor the
 * version nor a blob, and the half-received upload has been cleared from the spool.
 */
class PublishKilledHalfWayTest {
    @TempDir
    Path dir;

    @Test
    void aServeKilledWhileReceivingAnNpmPublishShowsNothingOfItWhenOpenedAgain() throws Exception {
        Path data = dir.resolve("data");
        RepositoryId team;
        String token;
        try (Backend setup = Backend.open(data, "us-east-1", Clock.systemUTC())) {
            setup.catalog().domains().create("demo", null);
            team = setup.catalog().repositories().create(null, "demo", "team", null, List.of()).id();
            token = setup.catalog().tokens().issue(null, "demo", null).token();
        }

        byte[] tarball = new byte[8 * 1024 * 1024];
        Arrays.fill(tarball, (byte) 5);
        String head = "{\"name\":\"cut\",\"versions\":{\"1.0.0\":{\"name\":\"cut\",\"version\":\"1.0.0\"}},"
                + "\"_attachments\":{\"cut-1.0.0.tgz\":{\"data\":\"";
        byte[] body = (head + Base64.getEncoder().encodeToString(tarball) + "\"}}}").getBytes(StandardCharsets.UTF_8);
        ServeChild serve = ServeChild.start(data);
        try {
            URI url = URI.create(serve.url());
            String headers = "PUT /d/demo/" + team.domain().owner() + "/npm/team/cut HTTP/1.1\r\nHost: " + url.getAuthority()
                    + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length + "\r\n\r\n";
            try (Socket socket = new Socket(url.getHost(), url.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(headers.getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, body.length / 2);
                out.flush();
                Waits.until(() -> !spoolFiles(data).isEmpty(), "the upload is being spooled");
                serve.kill();
            }
        } finally {
            serve.close();
        }
        assertThat(spoolFiles(data)).as("the killed process left its half upload behind").isNotEmpty();

        try (Backend reopened = Backend.open(data, "us-east-1", Clock.systemUTC())) {
            PackageCoordinate cut = PackageCoordinate.of(PackageFormat.NPM, null, "cut");
            assertThat(reopened.storage().packages().findPackage(team, cut)).isEmpty();
            assertThat(reopened.storage().packages().findVersion(team, cut, "1.0.0")).isEmpty();
            assertThat(new PublishedContent(reopened).blobs(new DomainId(team.domain().owner(), "demo"))).isEmpty();
            assertThat(spoolFiles(data)).as("the spool is cleared when the data directory opens").isEmpty();
        }
    }

    private static List<Path> spoolFiles(Path data) {
        Path spool = data.resolve("uploads");
        if (!Files.isDirectory(spool)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(p -> p.getFileName().toString().startsWith("upload-")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
