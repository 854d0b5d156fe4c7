package dev.packyard.model;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Writes through to a stream while counting the bytes and computing every {@link HashAlgorithm} of them in one pass,
 * so a file is hashed as it is written and never read again for its hashes.
 */
public final class HashingOutputStream extends FilterOutputStream {
    private final Hashes.AllAlgorithms hasher = Hashes.allAlgorithms();
    private long size;

    public HashingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        hasher.update(new byte[] {(byte) b}, 0, 1);
        size++;
    }

    // FilterOutputStream would write array slices one byte at a time.
    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        hasher.update(b, off, len);
        size += len;
    }

    /** How many bytes have passed. */
    public long size() {
        return size;
    }

    /** Each algorithm's digest of what has passed, in lower-case hex; ends the hashing. */
    public Map<HashAlgorithm, String> hashes() {
        return hasher.hex();
    }
}
