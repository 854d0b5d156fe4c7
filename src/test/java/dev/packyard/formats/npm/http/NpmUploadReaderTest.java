package dev.packyard.formats.npm.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.application.publish.UploadSpool;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.server.packages.BadRequestException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The npm package document read as a stream: the tarball decoded into the spool, the rest kept, bad input refused. */
class NpmUploadReaderTest {
    @TempDir
    Path dir;

    private UploadSpool spool;
    private NpmUploadReader reader;

    @BeforeEach
    void open() {
        spool = UploadSpool.open(dir.resolve("uploads"));
        reader = new NpmUploadReader(new ObjectMapper(), spool);
    }

    @Test
    void theTarballIsSpooledWhereverTheAttachmentsStandInTheDocument() throws Exception {
        byte[] tarball = "a gzipped tar, pretend".getBytes(StandardCharsets.UTF_8);
        String body = "{\"_attachments\":{\"x-1.0.0.tgz\":{\"content_type\":\"application/octet-stream\",\"data\":\""
                + Base64.getEncoder().encodeToString(tarball) + "\",\"length\":22}},"
                + "\"name\":\"x\",\"versions\":{\"1.0.0\":{\"name\":\"x\"}}}";
        try (NpmUpload upload = reader.read(stream(body))) {
            assertThat(upload.isPublish()).isTrue();
            assertThat(upload.document().path("versions").path("1.0.0").path("name").asText()).isEqualTo("x");
            assertThat(upload.document().path("_attachments").path("x-1.0.0.tgz").path("length").asInt()).isEqualTo(22);
            assertThat(upload.document().path("_attachments").path("x-1.0.0.tgz").has("data")).as("data not kept").isFalse();
            var file = upload.tarball().orElseThrow().file();
            assertThat(Files.readAllBytes(file.file())).isEqualTo(tarball);
            assertThat(file.hashes().get(HashAlgorithm.SHA512))
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(tarball)));
        }
        assertThat(spoolFiles()).as("closing the upload deletes the spool file nobody adopted").isZero();
    }

    @Test
    void aDeprecationDocumentHasNoTarball() throws Exception {
        try (NpmUpload upload = reader.read(stream("{\"name\":\"x\",\"versions\":{\"1.0.0\":{\"deprecated\":\"use y\"}}}"))) {
            assertThat(upload.isPublish()).isFalse();
            assertThat(upload.tarball()).isEmpty();
        }
    }

    @Test
    void invalidBase64OrJsonIsABadRequestAndLeavesNoSpoolFile() {
        assertThatThrownBy(() -> reader.read(stream("{\"name\":\"x\",\"_attachments\":{\"x.tgz\":{\"data\":\"no*base64!\"}}}")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("not valid base64");
        assertThatThrownBy(() -> reader.read(stream("{\"name\":\"x\",\"_attachments\":{\"x.tgz\":{\"data\":\"QUJD\"}")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> reader.read(stream("[1, 2]"))).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("npm package document");
        assertThat(spoolFiles()).isZero();
    }

    private long spoolFiles() {
        try (var files = Files.list(spool.directory())) {
            return files.count();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ByteArrayInputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }
}
