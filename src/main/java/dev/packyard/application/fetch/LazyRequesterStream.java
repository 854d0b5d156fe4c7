package dev.packyard.application.fetch;

import java.io.IOException;
import java.io.OutputStream;

/** Opens the requester's stream only when the first byte arrives, so an early failure can still become an error status. */
final class LazyRequesterStream extends OutputStream {
    interface Opener {
        OutputStream open() throws IOException;
    }

    private final Opener opener;
    private OutputStream target;
    private volatile boolean detached;

    LazyRequesterStream(Opener opener) {
        this.opener = opener;
    }

    boolean started() {
        return target != null;
    }

    /**
     * Cuts the requester off once it has had its answer: the same task body can run again (a user's Retry of a
     * failed fetch) and must then only store the file, not write to a response that has already ended.
     */
    void detach() {
        detached = true;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        if (detached) {
            return;
        }
        if (target == null) {
            target = opener.open();
        }
        target.write(buffer, offset, length);
    }

    @Override
    public void flush() throws IOException {
        if (target != null && !detached) {
            target.flush();
        }
    }
}
