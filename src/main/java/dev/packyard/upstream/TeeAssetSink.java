package dev.packyard.upstream;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Streams a download to a waiting requester while it is being stored, so the first client does not wait for the
 * whole file. If the requester goes away mid-way, storing carries on: the cache still fills. Only the store decides
 * whether the download is kept.
 */
public final class TeeAssetSink implements AssetSink {
    private final AssetSink store;
    private final OutputStream requester;
    private final Runnable requesterServed;
    private volatile boolean requesterGone;

    public TeeAssetSink(AssetSink store, OutputStream requester) {
        this(store, requester, () -> { });
    }

    /**
     * {@code requesterServed} runs once the requester has every byte and the download is verified, before the
     * store commits, so the requester need not wait for the file to be made durable.
     */
    public TeeAssetSink(AssetSink store, OutputStream requester, Runnable requesterServed) {
        this.store = Objects.requireNonNull(store, "store");
        this.requester = Objects.requireNonNull(requester, "requester");
        this.requesterServed = Objects.requireNonNull(requesterServed, "requesterServed");
    }

    /** Whether the requester stopped taking bytes before the end. */
    public boolean requesterGone() {
        return requesterGone;
    }

    @Override
    public OutputStream open() throws IOException {
        OutputStream stored = store.open();
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                stored.write(buffer, offset, length);
                if (!requesterGone) {
                    try {
                        requester.write(buffer, offset, length);
                    } catch (IOException e) {
                        requesterGone = true;
                    }
                }
            }

            @Override
            public void flush() throws IOException {
                stored.flush();
                if (!requesterGone) {
                    try {
                        requester.flush();
                    } catch (IOException e) {
                        requesterGone = true;
                    }
                }
            }

            @Override
            public void close() throws IOException {
                stored.close();
            }
        };
    }

    @Override
    public void commit(FetchedAsset asset) throws IOException {
        if (!requesterGone) {
            try {
                requester.flush();
                requesterServed.run();
            } catch (IOException e) {
                requesterGone = true;
            }
        }
        store.commit(asset);
    }

    @Override
    public void discard(UpstreamException reason) {
        store.discard(reason);
    }
}
