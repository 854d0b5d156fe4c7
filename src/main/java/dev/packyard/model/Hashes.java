package dev.packyard.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Every hash Packyard computes, in one place: single digests of bytes or text, and all the algorithms CodeArtifact
 * records for an asset at once, as its bytes stream by. Each digest the JDK must have, so a missing one is a broken
 * runtime, never a caller's error.
 */
public final class Hashes {
    private Hashes() {
    }

    /** A fresh digest for a JCA algorithm name ("SHA-256", "SHA-1", "MD5", ...). */
    public static MessageDigest digest(String jcaName) {
        try {
            return MessageDigest.getInstance(jcaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The Java runtime lacks the mandatory " + jcaName + " digest", e);
        }
    }

    public static MessageDigest digest(HashAlgorithm algorithm) {
        return digest(algorithm.jcaName());
    }

    public static byte[] of(String jcaName, byte[] bytes) {
        return digest(jcaName).digest(bytes);
    }

    public static String hex(String jcaName, byte[] bytes) {
        return HexFormat.of().formatHex(of(jcaName, bytes));
    }

    public static String sha256Hex(byte[] bytes) {
        return hex(HashAlgorithm.SHA256.jcaName(), bytes);
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Starts hashing a stream with every {@link HashAlgorithm} in one pass. */
    public static AllAlgorithms allAlgorithms() {
        return new AllAlgorithms();
    }

    /** The running digests of one stream; not for sharing between threads. */
    public static final class AllAlgorithms {
        private final Map<HashAlgorithm, MessageDigest> digests = new EnumMap<>(HashAlgorithm.class);

        private AllAlgorithms() {
            for (HashAlgorithm algorithm : HashAlgorithm.values()) {
                digests.put(algorithm, digest(algorithm));
            }
        }

        public void update(byte[] buffer, int offset, int length) {
            for (MessageDigest digest : digests.values()) {
                digest.update(buffer, offset, length);
            }
        }

        /** Each algorithm's digest in lower-case hex; ends the hashing. */
        public Map<HashAlgorithm, String> hex() {
            Map<HashAlgorithm, String> out = new EnumMap<>(HashAlgorithm.class);
            digests.forEach((algorithm, digest) -> out.put(algorithm, HexFormat.of().formatHex(digest.digest())));
            return out;
        }
    }
}
