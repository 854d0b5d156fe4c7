package dev.packyard.application.fetch;

import dev.packyard.upstream.AssetSink;
import dev.packyard.upstream.FetchedAsset;
import dev.packyard.upstream.UpstreamException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The spool file of a download still under way, for requesters who joined it: each reads the file as it grows,
 * through a buffer of its own, instead of waiting for the whole file. It wraps the store's sink to learn the file,
 * how much of it is written (the spool is written unbuffered, so what is counted is in the file) and how the
 * download ended: verified, or discarded, in which case a reader stops with an error and the client's connection is
 * cut (as the first requester's is), so no one can take part of a file for all of it.
 */
final class GrowingSpool {
    private static final int BUFFER = 64 * 1024;
    /** How often a waiting reader looks whether the task ended without ever writing a spool (it found the file stored). */
    private static final long RECHECK_MILLIS = 200;

    private Path file;
    private long length;
    private boolean verified;
    private boolean discarded;

    /** The store's sink, reporting to this spool. */
    AssetSink around(BlobSpoolSink store) {
        return new AssetSink() {
            @Override
            public OutputStream open() throws IOException {
                OutputStream out = store.open();
                opened(store.file());
                return new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        grew(len);
                    }
                };
            }

            @Override
            public void commit(FetchedAsset asset) throws IOException {
                // Before the store adopts and removes the spool: readers that have it open read on to the end.
                ended(true);
                store.commit(asset);
            }

            @Override
            public void discard(UpstreamException reason) {
                ended(false);
                store.discard(reason);
            }
        };
    }

    /**
     * Copies the download to what {@code open} gives, as it arrives, until it is verified. Empty when there was
     * nothing to read: the download ended (or was never started, {@code taskEnded}) before this reader could open the
     * spool; the caller then serves the stored file. Throws when the download was discarded after bytes were copied.
     */
    Optional<Long> copyTo(LazyRequesterStream.Opener open, BooleanSupplier taskEnded) throws IOException, InterruptedException {
        Path spool = awaitFile(taskEnded);
        if (spool == null) {
            return Optional.empty();
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(spool, StandardOpenOption.READ);
        } catch (NoSuchFileException adoptedAlready) {
            return Optional.empty();
        }
        try (channel) {
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
            OutputStream out = null;
            long position = 0;
            while (true) {
                long available = awaitBeyond(position);
                if (available < 0) {
                    throw new Discarded();
                }
                if (available == position) {
                    if (out == null) {
                        out = open.open();
                    }
                    out.flush();
                    return Optional.of(position);
                }
                buffer.clear().limit((int) Math.min(BUFFER, available - position));
                int n = channel.read(buffer, position);
                if (n <= 0) {
                    throw new IOException("the spool of the download ended early");
                }
                if (out == null) {
                    out = open.open();
                }
                out.write(buffer.array(), 0, n);
                position += n;
            }
        }
    }

    /** The download was not kept (a corrupt file, an outage mid-way); the task's failure says why. */
    static final class Discarded extends IOException {
        Discarded() {
            super("the download this request joined was not kept");
        }
    }

    private synchronized void opened(Path spool) {
        file = spool;
        notifyAll();
    }

    private synchronized void grew(long bytes) {
        length += bytes;
        notifyAll();
    }

    private synchronized void ended(boolean kept) {
        verified = kept;
        discarded = !kept;
        notifyAll();
    }

    private synchronized Path awaitFile(BooleanSupplier taskEnded) throws InterruptedException {
        while (file == null && !discarded && !verified) {
            if (taskEnded.getAsBoolean()) {
                return null;
            }
            wait(RECHECK_MILLIS);
        }
        return discarded ? null : file;
    }

    /**
     * Waits until more than {@code position} bytes are in the file or the download ended: the length written so far,
     * {@code position} itself once it is verified and all read, or -1 when it was discarded.
     */
    private synchronized long awaitBeyond(long position) throws InterruptedException {
        while (length == position && !verified && !discarded) {
            wait();
        }
        return discarded ? -1 : length;
    }
}
