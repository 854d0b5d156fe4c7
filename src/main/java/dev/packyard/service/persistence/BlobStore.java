package dev.packyard.service.persistence;

import dev.packyard.model.Asset;
import dev.packyard.model.DomainId;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.Hashes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Content-addressed storage of asset bytes, one space per domain, so a file is kept once however many
 * repositories retain it. Writes are atomic: content is visible complete and verified, or not at all.
 */
public interface BlobStore {
    /**
     * Stores the stream's bytes and returns the asset record with every hash. When {@code expectedSha256} is
     * given and the content does not match, nothing is stored and {@link ContentMismatchException} is thrown.
     */
    Asset put(DomainId domain, String assetName, InputStream content, String expectedSha256) throws IOException;

    /**
     * Takes a file this process wrote and hashed itself while receiving it (a verified download) and keeps it under
     * those hashes, without reading it again where the store can move it into place. The file is gone afterwards,
     * kept or not.
     */
    default Asset adopt(DomainId domain, String assetName, Path file, long size, Map<HashAlgorithm, String> hashes)
            throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return put(domain, assetName, in, hashes.get(HashAlgorithm.SHA256));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    Optional<InputStream> open(DomainId domain, String sha256) throws IOException;

    boolean exists(DomainId domain, String sha256);

    void delete(DomainId domain, String sha256) throws IOException;

    /** Why blobs cannot be stored or read right now (for the health probe), in one line; empty when they can. */
    default Optional<String> problem() {
        return Optional.empty();
    }

    /** Re-reads a stored blob: true when its content still hashes to its name (false when it is missing). */
    default boolean verify(DomainId domain, String sha256) throws IOException {
        Optional<InputStream> in = open(domain, sha256);
        if (in.isEmpty()) {
            return false;
        }
        try (InputStream stream = in.get()) {
            java.security.MessageDigest digest = Hashes.digest(HashAlgorithm.SHA256);
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = stream.read(buffer)) != -1) {
                digest.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(digest.digest()).equals(sha256);
        }
    }

    /** Thrown when content does not hash to what its source promised. */
    final class ContentMismatchException extends IOException {
        public ContentMismatchException(String message) {
            super(message);
        }
    }
}
