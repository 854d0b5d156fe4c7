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

    LazyRequesterStream(Opener opener) {
        this.opener = opener;
    }

    boolean started() {
        return target != null;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        if (target == null) {
            target = opener.open();
        }
        target.write(buffer, offset, length);
    }

    @Override
    public void flush() throws IOException {
        if (target != null) {
            target.flush();
        }
    }
}
