package dev.packyard.store.blobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.Asset;
import dev.packyard.model.DomainId;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.service.persistence.BlobStore.ContentMismatchException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBlobStoreTest {
    private static final DomainId DOMAIN = new DomainId("123456789012", "acme");
    private static final byte[] CONTENT = "the real package tarball".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;

    @Test
    void storesOnceUnderItsHashWithEveryDigest() throws Exception {
        FileBlobStore store = new FileBlobStore(root);
        Asset first = store.put(DOMAIN, "a.tgz", new ByteArrayInputStream(CONTENT), null);
        Asset second = store.put(DOMAIN, "copy.tgz", new ByteArrayInputStream(CONTENT), sha256(CONTENT));

        assertThat(first.sha256()).isEqualTo(sha256(CONTENT));
        assertThat(first.size()).isEqualTo(CONTENT.length);
        assertThat(first.hashes()).containsOnlyKeys(HashAlgorithm.values());
        assertThat(first.hashes().get(HashAlgorithm.SHA1)).hasSize(40);
        assertThat(second.sha256()).isEqualTo(first.sha256());
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(1);
        }
        try (InputStream in = store.open(DOMAIN, first.sha256()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(CONTENT);
        }
        assertThat(store.verify(DOMAIN, first.sha256())).isTrue();
    }

    @Test
    void aDownloadHashedWhileReceivedIsAdoptedUnderItsHashesAndItsSpoolFileIsGone() throws Exception {
        FileBlobStore store = new FileBlobStore(root.resolve("blobs"));
        Path spool = Files.createDirectories(root.resolve("spool")).resolve("fetch-1.part");
        Files.write(spool, CONTENT);
        Asset hashedOnArrival = store.put(DOMAIN, "probe.tgz", new ByteArrayInputStream(CONTENT), null);
        store.delete(DOMAIN, hashedOnArrival.sha256());

        Asset adopted = store.adopt(DOMAIN, "a.tgz", spool, CONTENT.length, hashedOnArrival.hashes());

        assertThat(adopted.hashes()).isEqualTo(hashedOnArrival.hashes());
        assertThat(spool).doesNotExist();
        assertThat(store.verify(DOMAIN, adopted.sha256())).isTrue();
        try (InputStream in = store.open(DOMAIN, adopted.sha256()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(CONTENT);
        }
    }

    @Test
    void aSpoolFileWhoseSizeDisagreesWithWhatWasReceivedIsHashedAgainAndRefused() throws Exception {
        FileBlobStore store = new FileBlobStore(root.resolve("blobs"));
        Asset real = store.put(DOMAIN, "probe.tgz", new ByteArrayInputStream(CONTENT), null);
        store.delete(DOMAIN, real.sha256());
        Path spool = Files.createDirectories(root.resolve("spool")).resolve("fetch-2.part");
        Files.write(spool, "something else entirely".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> store.adopt(DOMAIN, "a.tgz", spool, CONTENT.length, real.hashes()))
                .isInstanceOf(ContentMismatchException.class);
        assertThat(store.exists(DOMAIN, real.sha256())).isFalse();
        assertThat(spool).doesNotExist();
    }

    @Test
    void contentThatDoesNotMatchItsPromisedHashIsNotKept() throws Exception {
        FileBlobStore store = new FileBlobStore(root);
        String promised = sha256("something else".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> store.put(DOMAIN, "evil.tgz", new ByteArrayInputStream(CONTENT), promised))
                .isInstanceOf(ContentMismatchException.class)
                .hasMessageContaining("evil.tgz").hasMessageContaining("nothing was stored");
        assertThat(store.exists(DOMAIN, sha256(CONTENT))).isFalse();
        assertThat(store.exists(DOMAIN, promised)).isFalse();
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aStreamThatFailsMidWayLeavesNothingVisible() throws Exception {
        FileBlobStore store = new FileBlobStore(root);
        InputStream breaksHalfWay = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent == 10) {
                    throw new IOException("connection reset");
                }
                return CONTENT[sent++];
            }
        };
        assertThatThrownBy(() -> store.put(DOMAIN, "a.tgz", breaksHalfWay, null)).hasMessageContaining("connection reset");
        assertThat(store.exists(DOMAIN, sha256(CONTENT))).isFalse();
        try (Stream<Path> files = Files.list(store.tempDirectory())) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void afterACrashMidWriteTheStoreRecoversWithNoHalfVisibleAsset() throws Exception {
        FileBlobStore before = new FileBlobStore(root);
        // What a process killed during a write leaves behind: a partial temp file, never a file at the blob path.
        Path partial = before.tempDirectory().resolve("crashed-write.part");
        Files.write(partial, java.util.Arrays.copyOf(CONTENT, 7));
        assertThat(before.exists(DOMAIN, sha256(CONTENT))).isFalse();

        FileBlobStore after = new FileBlobStore(root);

        assertThat(partial).doesNotExist();
        assertThat(after.exists(DOMAIN, sha256(CONTENT))).isFalse();
        assertThat(after.open(DOMAIN, sha256(CONTENT))).isEmpty();
        Asset stored = after.put(DOMAIN, "a.tgz", new ByteArrayInputStream(CONTENT), sha256(CONTENT));
        assertThat(after.verify(DOMAIN, stored.sha256())).isTrue();
    }

    @Test
    void corruptionOnDiskIsDetectedByVerify() throws Exception {
        FileBlobStore store = new FileBlobStore(root);
        Asset stored = store.put(DOMAIN, "a.tgz", new ByteArrayInputStream(CONTENT), null);
        Files.write(store.pathOf(DOMAIN, stored.sha256()), "bit rot".getBytes(StandardCharsets.UTF_8));
        assertThat(store.verify(DOMAIN, stored.sha256())).isFalse();
    }

    @Test
    void domainsHaveSeparateSpaces() throws Exception {
        FileBlobStore store = new FileBlobStore(root);
        store.put(DOMAIN, "a.tgz", new ByteArrayInputStream(CONTENT), null);
        assertThat(store.exists(new DomainId("123456789012", "other"), sha256(CONTENT))).isFalse();
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    @Test
    void blobsAndTheirFoldersAreOwnerOnly() throws Exception {
        FileBlobStore store = new FileBlobStore(root);
        Asset stored = store.put(DOMAIN, "a.tgz", new ByteArrayInputStream(CONTENT), null);
        java.nio.file.Path blob = store.pathOf(DOMAIN, stored.sha256());
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(blob)))
                .isEqualTo("rw-------");
        for (java.nio.file.Path folder = blob.getParent(); !folder.equals(root); folder = folder.getParent()) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(folder)))
                    .as(folder.toString()).isEqualTo("rwx------");
        }
    }
}
