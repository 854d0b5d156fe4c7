package dev.packyard.upstream.fetch;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The requester of a file. {@link #begin} is called once, just before the first byte (so a failure before any byte
 * can still be answered with an error status), with what is known of the file.
 */
@FunctionalInterface
public interface AssetReceiver {
    OutputStream begin(AssetEntry file, VersionSource source) throws IOException;
}
