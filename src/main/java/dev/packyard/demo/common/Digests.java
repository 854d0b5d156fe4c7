package dev.packyard.demo.common;

import dev.packyard.model.Hashes;
import java.util.Base64;

/** The checksums registries publish for a file, computed once from its bytes. */
public record Digests(String md5Hex, String sha1Hex, String sha256Hex, String sha512Base64, long size) {

    public static Digests of(byte[] bytes) {
        return new Digests(hex("MD5", bytes), hex("SHA-1", bytes), hex("SHA-256", bytes),
                Base64.getEncoder().encodeToString(digest("SHA-512", bytes)), bytes.length);
    }

    /** npm's Subresource Integrity string. */
    public String npmIntegrity() {
        return "sha512-" + sha512Base64;
    }

    /** The form wheel RECORD files use: urlsafe base64 of the SHA-256, without padding. */
    public static String recordSha256(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest("SHA-256", bytes));
    }

    public static String hex(String algorithm, byte[] bytes) {
        return Hashes.hex(algorithm, bytes);
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        return Hashes.of(algorithm, bytes);
    }
}
