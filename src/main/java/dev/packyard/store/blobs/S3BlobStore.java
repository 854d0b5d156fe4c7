package dev.packyard.store.blobs;

import dev.packyard.model.Hashes;
import dev.packyard.model.Asset;
import dev.packyard.model.DomainId;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.service.persistence.BlobStore;
import dev.packyard.store.datadir.OwnerOnly;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs in a bucket of an S3-compatible store under {@code prefix/<owner>/<domain>/sha256/ab/cd/<hash>}, the file
 * store's layout. A write is spooled to a local file and hashed first (the key is the content's SHA-256), then
 * uploaded with its SHA-256 for the store to check (per part for a multipart upload) and its size checked afterwards;
 * only then does {@link #put} return, so a catalogue row is never committed for an object that is not there.
 * ETags are never used as content identity (a multipart ETag is not a hash of the content).
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** S3's smallest part, except the last. */
    static final long MIN_PART_BYTES = 5L * 1024 * 1024;
    public static final long DEFAULT_MULTIPART_THRESHOLD = 32L * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Path spool;
    private final long partBytes;

    /**
     * @param spool a local folder for uploads being hashed (the data directory's), emptied of leftovers here
     * @param multipartThreshold files larger than this go up in parts of this size (at least 5 MiB)
     */
    public S3BlobStore(S3Client s3, String bucket, String prefix, Path spool, long multipartThreshold) throws IOException {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null || prefix.isEmpty() ? "" : prefix + "/";
        this.spool = spool;
        this.partBytes = Math.max(MIN_PART_BYTES, multipartThreshold);
        OwnerOnly.createDirectories(spool);
        try (var leftovers = Files.newDirectoryStream(spool, "*.s3part")) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
            }
        }
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (SdkException e) {
            s3.close();
            throw new IOException("Cannot use the bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Asset put(DomainId domain, String assetName, InputStream content, String expectedSha256) throws IOException {
        Path temp = spool.resolve(UUID.randomUUID() + ".s3part");
        try {
            Asset asset = HashedTempFile.write(temp, assetName, content, expectedSha256, false);
            upload(keyOf(domain, asset.sha256()), temp, asset.size(), asset.sha256());
            return asset;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public Asset adopt(DomainId domain, String assetName, Path file, long size, Map<HashAlgorithm, String> hashes)
            throws IOException {
        String sha256 = hashes.get(HashAlgorithm.SHA256);
        if (!HashedTempFile.hashedWhole(file, size, hashes)) {
            return BlobStore.super.adopt(domain, assetName, file, size, hashes);
        }
        try {
            // The store checks the upload against this SHA-256, so the file is not read twice here.
            upload(keyOf(domain, sha256), file, size, sha256);
            return new Asset(assetName, size, Map.copyOf(hashes));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public Optional<InputStream> open(DomainId domain, String sha256) throws IOException {
        try {
            return Optional.of(s3.getObject(b -> b.bucket(bucket).key(keyOf(domain, sha256))));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new IOException("Cannot read blob " + sha256 + " from bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(DomainId domain, String sha256) {
        return size(keyOf(domain, sha256)).isPresent();
    }

    @Override
    public void delete(DomainId domain, String sha256) throws IOException {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(keyOf(domain, sha256)));
        } catch (SdkException e) {
            throw new IOException("Cannot delete blob " + sha256 + " from bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> problem() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
            return Optional.empty();
        } catch (SdkException e) {
            return Optional.of("the bucket " + bucket + " does not answer: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    String keyOf(DomainId domain, String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return prefix + domain.owner() + "/" + domain.name() + "/sha256/" + sha256.substring(0, 2) + "/"
                + sha256.substring(2, 4) + "/" + sha256;
    }

    private Optional<Long> size(String key) {
        try {
            return Optional.of(s3.headObject(b -> b.bucket(bucket).key(key)).contentLength());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private void upload(String key, Path file, long size, String sha256) throws IOException {
        try {
            if (size(key).filter(s -> s == size).isPresent()) {
                return; // Same name means same content: the blob is already there.
            }
            if (size > partBytes) {
                uploadInParts(key, file, size);
            } else {
                s3.putObject(b -> b.bucket(bucket).key(key).contentLength(size).checksumSHA256(base64(sha256)),
                        RequestBody.fromFile(file));
            }
            long stored = size(key).orElseThrow(() -> new IOException("Blob " + sha256 + " is not in bucket " + bucket
                    + " after its upload"));
            if (stored != size) {
                s3.deleteObject(b -> b.bucket(bucket).key(key));
                throw new IOException("Blob " + sha256 + " has " + stored + " bytes in bucket " + bucket + " after its upload, "
                        + "not " + size + "; it was removed");
            }
        } catch (SdkException e) {
            throw new IOException("Cannot store blob " + sha256 + " in bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    private void uploadInParts(String key, Path file, long size) throws IOException {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key).checksumAlgorithm(ChecksumAlgorithm.SHA256))
                .uploadId();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            List<CompletedPart> parts = new ArrayList<>();
            int number = 1;
            for (long offset = 0; offset < size; offset += partBytes, number++) {
                long length = Math.min(partBytes, size - offset);
                String partSha256 = base64(sha256Of(channel, offset, length));
                int partNumber = number;
                long from = offset;
                String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(partNumber)
                                .contentLength(length).checksumSHA256(partSha256),
                        RequestBody.fromContentProvider(() -> new BoundedChannelStream(file, from, length), length,
                                "application/octet-stream")).eTag();
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).checksumSHA256(partSha256).build());
            }
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
        } catch (IOException | RuntimeException e) {
            try {
                s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
            } catch (SdkException abortFailed) {
                e.addSuppressed(abortFailed);
            }
            throw e;
        }
    }

    private static String sha256Of(FileChannel channel, long offset, long length) throws IOException {
        MessageDigest digest = Hashes.digest(HashAlgorithm.SHA256);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(64 * 1024);
        long position = offset;
        long end = offset + length;
        while (position < end) {
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), end - position));
            int n = channel.read(buffer, position);
            if (n < 0) {
                throw new IOException("file ended early while hashing a part");
            }
            buffer.flip();
            digest.update(buffer);
            position += n;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String base64(String hexSha256) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hexSha256));
    }
}
