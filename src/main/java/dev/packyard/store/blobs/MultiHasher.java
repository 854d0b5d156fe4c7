package dev.packyard.store.blobs;

import dev.packyard.model.HashAlgorithm;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/** Computes every hash CodeArtifact reports for an asset in one pass over its bytes. */
final class MultiHasher {
    private final Map<HashAlgorithm, MessageDigest> digests = new EnumMap<>(HashAlgorithm.class);

    MultiHasher() {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            try {
                digests.put(algorithm, MessageDigest.getInstance(algorithm.jcaName()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    void update(byte[] buffer, int offset, int length) {
        digests.values().forEach(d -> d.update(buffer, offset, length));
    }

    Map<HashAlgorithm, String> digests() {
        Map<HashAlgorithm, String> out = new EnumMap<>(HashAlgorithm.class);
        digests.forEach((algorithm, digest) -> out.put(algorithm, HexFormat.of().formatHex(digest.digest())));
        return out;
    }
}
