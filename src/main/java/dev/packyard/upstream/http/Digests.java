package dev.packyard.upstream.http;

import dev.packyard.model.HashAlgorithm;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/** Every hash Packyard records for a file, computed in one pass as the bytes stream by. */
final class Digests {
    private final Map<HashAlgorithm, MessageDigest> digests = new EnumMap<>(HashAlgorithm.class);

    Digests() {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            try {
                digests.put(algorithm, MessageDigest.getInstance(algorithm.jcaName()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("The JDK lacks " + algorithm.jcaName(), e);
            }
        }
    }

    void update(byte[] buffer, int offset, int length) {
        for (MessageDigest digest : digests.values()) {
            digest.update(buffer, offset, length);
        }
    }

    Map<HashAlgorithm, String> hex() {
        Map<HashAlgorithm, String> out = new EnumMap<>(HashAlgorithm.class);
        digests.forEach((algorithm, digest) -> out.put(algorithm, HexFormat.of().formatHex(digest.digest())));
        return out;
    }
}
