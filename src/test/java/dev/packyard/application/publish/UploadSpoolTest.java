package dev.packyard.application.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.HashAlgorithm;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload spool: files hashed as they arrive, nothing kept of an upload that did not finish, nor after a crash. */
class UploadSpoolTest {
    @TempDir
    Path dir;

    @Test
    void aReceivedFileHasItsSizeAndEveryHash() throws Exception {
        byte[] bytes = "twine's sdist".getBytes(StandardCharsets.UTF_8);
        SpooledAsset file = UploadSpool.open(dir.resolve("uploads")).receive("tool-1.0.tar.gz", new ByteArrayInputStream(bytes));
        assertThat(file.size()).isEqualTo(bytes.length);
        assertThat(Files.readAllBytes(file.file())).isEqualTo(bytes);
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            assertThat(file.hashes().get(algorithm)).as(algorithm.wireName())
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance(algorithm.jcaName()).digest(bytes)));
        }
    }

    @Test
    void aReceiverClosedBeforeItFinishedDeletesWhatItGot() throws Exception {
        UploadSpool spool = UploadSpool.open(dir.resolve("uploads"));
        try (UploadSpool.Receiver receiver = spool.receiver("cut.tgz")) {
            receiver.stream().write(new byte[100_000]);
        }
        try (var files = Files.list(spool.directory())) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void filesLeftByAProcessThatDiedAreRemovedWhenTheSpoolOpens() throws Exception {
        UploadSpool first = UploadSpool.open(dir.resolve("uploads"));
        UploadSpool.Receiver abandoned = first.receiver("killed.tgz");
        abandoned.stream().write(new byte[10]);
        abandoned.stream().flush();
        UploadSpool.open(dir.resolve("uploads"));
        try (var files = Files.list(dir.resolve("uploads"))) {
            assertThat(files).isEmpty();
        }
        abandoned.close();
    }
}
