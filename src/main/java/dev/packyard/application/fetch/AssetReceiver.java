package dev.packyard.application.fetch;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The requester of a file. {@link #begin} is called once, just before the first byte (so a failure before any byte
 * can still be answered with an error status), with what is known of the file.
 */
@FunctionalInterface
public interface AssetReceiver {
    OutputStream begin(AssetEntry file, VersionSource source) throws IOException;

    /**
     * Whether the requester may be answered as soon as it has every byte of a verified download, while the file is
     * still being made durable and scheduled for visibility (a package manager's download), rather than only once
     * the whole fetch has finished.
     */
    default boolean answeredWhenVerified() {
        return false;
    }

    /** A client download: answered as soon as its bytes are verified. */
    static AssetReceiver answeredWhenVerified(AssetReceiver receiver) {
        return new AssetReceiver() {
            @Override
            public OutputStream begin(AssetEntry file, VersionSource source) throws IOException {
                return receiver.begin(file, source);
            }

            @Override
            public boolean answeredWhenVerified() {
                return true;
            }
        };
    }
}
