package dev.packyard.upstream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/** Hand-written registry documents from src/test/resources/upstream, with hashes filled in for the test's bytes. */
public final class Fixtures {
    private Fixtures() {
    }

    /** Reads a fixture and replaces each {@code ${key}} with its value. */
    public static String text(String name, Map<String, String> values) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/upstream/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : values.entrySet()) {
                text = text.replace("${" + e.getKey() + "}", e.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes that stand for a package file; each name gives different content. */
    public static byte[] fileBytes(String name, int size) {
        byte[] out = new byte[size];
        byte[] seed = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < size; i++) {
            out[i] = (byte) (seed[i % seed.length] + i / 7);
        }
        return out;
    }

    public static String hex(String algorithm, byte[] content) {
        return HexFormat.of().formatHex(digest(algorithm, content));
    }

    /** npm's dist.integrity value for the content. */
    public static String sri512(byte[] content) {
        return "sha512-" + Base64.getEncoder().encodeToString(digest("SHA-512", content));
    }

    private static byte[] digest(String algorithm, byte[] content) {
        try {
            return MessageDigest.getInstance(algorithm).digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
