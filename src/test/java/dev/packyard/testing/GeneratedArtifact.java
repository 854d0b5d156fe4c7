package dev.packyard.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * A file of any size made on the fly, the same bytes every time for the same seed: a random 64 KiB block, each copy
 * stamped with its number so no two blocks are alike. Nothing of it is held in memory but the one block, so tests and
 * benchmarks can send and check gibibytes without a file of that size anywhere but in the server under test.
 */
public final class GeneratedArtifact {
    private static final int BLOCK = 64 * 1024;

    private final long size;
    private final long seed;
    private volatile Digests digests;

    public GeneratedArtifact(long size, long seed) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        this.size = size;
        this.seed = seed;
    }

    public long size() {
        return size;
    }

    /** Writes all {@link #size()} bytes; each call allocates its own block, so writers can run at once. */
    public void writeTo(OutputStream out) throws IOException {
        byte[] block = block();
        long written = 0;
        for (long i = 0; written < size; i++) {
            stamp(block, i);
            int n = (int) Math.min(BLOCK, size - written);
            out.write(block, 0, n);
            written += n;
        }
    }

    /** The SHA-1 and SHA-256 of the content, computed once in one pass. */
    public Digests digests() {
        Digests known = digests;
        if (known == null) {
            synchronized (this) {
                if (digests == null) {
                    digests = compute();
                }
                known = digests;
            }
        }
        return known;
    }

    /** Reads {@code in} to its end: how many bytes came and their SHA-256, in hex. */
    public static Received receive(InputStream in) throws IOException {
        MessageDigest sha256 = digest("SHA-256");
        byte[] buffer = new byte[BLOCK];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            sha256.update(buffer, 0, n);
            total += n;
        }
        return new Received(total, HexFormat.of().formatHex(sha256.digest()));
    }

    private Digests compute() {
        MessageDigest sha1 = digest("SHA-1");
        MessageDigest sha256 = digest("SHA-256");
        try {
            writeTo(new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    sha1.update(b, off, len);
                    sha256.update(b, off, len);
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("hashing in memory cannot fail", e);
        }
        HexFormat hex = HexFormat.of();
        return new Digests(hex.formatHex(sha1.digest()), hex.formatHex(sha256.digest()));
    }

    private byte[] block() {
        byte[] block = new byte[BLOCK];
        new SplittableRandom(seed).nextBytes(block);
        return block;
    }

    private static void stamp(byte[] block, long i) {
        for (int b = 0; b < 8; b++) {
            block[b] = (byte) (i >>> (8 * b));
        }
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }

    public record Digests(String sha1, String sha256) {
    }

    public record Received(long bytes, String sha256) {
    }
}
