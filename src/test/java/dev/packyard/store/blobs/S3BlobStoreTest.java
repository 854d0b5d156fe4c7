package dev.packyard.store.blobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.Asset;
import dev.packyard.model.DomainId;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.service.persistence.BlobStore.ContentMismatchException;
import dev.packyard.store.settings.BlobLocation;
import dev.packyard.testing.TestStorage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 blob store against a real S3-compatible server (S3Mock in {@code .ci/run}'s team-storage pass, which gives
 * {@code -Dpackyard.test.blobs=s3://BUCKET -Dpackyard.test.s3-endpoint=URL}); with those properties a server that is
 * not there fails these tests.
 */
@EnabledIfSystemProperty(named = TestStorage.BLOBS, matches = "s3://.+")
class S3BlobStoreTest {
    private static final DomainId DOMAIN = new DomainId("123456789012", "acme");
    private static final byte[] CONTENT = "the real package tarball".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    private BlobLocation.S3 location;
    private S3BlobStore store;
    private S3Client inspector;

    @BeforeEach
    void open() throws Exception {
        location = (BlobLocation.S3) TestStorage.forDirectory(dir).blobs();
        store = new S3BlobStore(BlobStores.client(location), location.bucket(), location.prefix(), dir.resolve("spool"),
                S3BlobStore.DEFAULT_MULTIPART_THRESHOLD);
        inspector = BlobStores.client(location);
    }

    @AfterEach
    void close() {
        store.close();
        inspector.close();
    }

    @Test
    void storesOnceUnderItsHashInTheFileStoresLayoutAndReadsItBack() throws Exception {
        Asset first = store.put(DOMAIN, "a.tgz", new ByteArrayInputStream(CONTENT), null);
        Asset second = store.put(DOMAIN, "copy.tgz", new ByteArrayInputStream(CONTENT), sha256(CONTENT));

        assertThat(first.sha256()).isEqualTo(sha256(CONTENT));
        assertThat(first.size()).isEqualTo(CONTENT.length);
        assertThat(first.hashes()).containsOnlyKeys(HashAlgorithm.values());
        assertThat(second.hashes()).isEqualTo(first.hashes());
        String sha = first.sha256();
        assertThat(inspector.listObjectsV2(b -> b.bucket(location.bucket()).prefix(location.prefix() + "/")).contents())
                .extracting(o -> o.key())
                .containsExactly(location.prefix() + "/123456789012/acme/sha256/" + sha.substring(0, 2) + "/"
                        + sha.substring(2, 4) + "/" + sha);
        try (InputStream in = store.open(DOMAIN, sha).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(CONTENT);
        }
        assertThat(store.exists(DOMAIN, sha)).isTrue();
        assertThat(store.verify(DOMAIN, sha)).isTrue();
        assertThat(dir.resolve("spool")).isEmptyDirectory();
    }

    @Test
    void contentThatDoesNotMatchItsPromisedHashIsNotStored() throws Exception {
        String promised = sha256("something else".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> store.put(DOMAIN, "a.tgz", new ByteArrayInputStream(CONTENT), promised))
                .isInstanceOf(ContentMismatchException.class)
                .hasMessageContaining("nothing was stored");

        assertThat(store.exists(DOMAIN, sha256(CONTENT))).isFalse();
        assertThat(store.open(DOMAIN, promised)).isEmpty();
        assertThat(dir.resolve("spool")).isEmptyDirectory();
    }

    @Test
    void aLargeFileGoesUpInPartsAndComesBackWithTheSameSha256() throws Exception {
        byte[] large = new byte[12 * 1024 * 1024 + 12345];
        new Random(18).nextBytes(large);
        try (S3BlobStore parts = new S3BlobStore(BlobStores.client(location), location.bucket(), location.prefix(),
                dir.resolve("spool"), S3BlobStore.MIN_PART_BYTES)) {
            Asset asset = parts.put(DOMAIN, "big.tgz", new ByteArrayInputStream(large), sha256(large));

            var head = inspector.headObject(b -> b.bucket(location.bucket()).key(parts.keyOf(DOMAIN, asset.sha256())));
            assertThat(head.contentLength()).isEqualTo(large.length);
            assertThat(head.eTag()).as("a multipart upload's ETag").endsWith("-3\"");
            try (InputStream in = parts.open(DOMAIN, asset.sha256()).orElseThrow()) {
                assertThat(sha256(in.readAllBytes())).isEqualTo(sha256(large));
            }
        }
    }

    @Test
    void aVerifiedDownloadIsAdoptedAndItsSpoolFileIsGoneAndDeleteRemovesIt() throws Exception {
        Path spool = Files.createDirectories(dir.resolve("fetch")).resolve("fetch-1.part");
        Files.write(spool, CONTENT);
        Asset hashed = store.put(DOMAIN, "probe.tgz", new ByteArrayInputStream(CONTENT), null);
        store.delete(DOMAIN, hashed.sha256());
        assertThat(store.exists(DOMAIN, hashed.sha256())).isFalse();

        Asset adopted = store.adopt(DOMAIN, "a.tgz", spool, CONTENT.length, hashed.hashes());

        assertThat(adopted.hashes()).isEqualTo(hashed.hashes());
        assertThat(spool).doesNotExist();
        try (InputStream in = store.open(DOMAIN, adopted.sha256()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(CONTENT);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
