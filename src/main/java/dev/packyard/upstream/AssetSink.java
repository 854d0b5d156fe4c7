package dev.packyard.upstream;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Receives a download as it streams. The bytes only count once {@link #commit} is called after verification;
 * on any failure {@link #discard} is called and the sink must keep nothing (a requester being streamed to is
 * told the transfer failed).
 */
public interface AssetSink {
    OutputStream open() throws IOException;

    void commit(FetchedAsset asset) throws IOException;

    void discard(UpstreamException reason);
}
