package dev.packyard.server.guard;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/** A request whose body stops with {@link BodyTooLargeException} once it exceeds a cap (for bodies sent without a length). */
final class CappedBodyRequest extends HttpServletRequestWrapper {
    private final long cap;
    private final String what;
    private ServletInputStream capped;

    CappedBodyRequest(HttpServletRequest request, long cap, String what) {
        super(request);
        this.cap = cap;
        this.what = what;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (capped == null) {
            capped = new Capped(super.getInputStream());
        }
        return capped;
    }

    private final class Capped extends ServletInputStream {
        private final ServletInputStream in;
        private long read;

        Capped(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > cap) {
                BodyTooLargeException tooLarge = new BodyTooLargeException(Limits.tooLargeMessage(what, cap));
                setAttribute(BodyTooLargeException.ATTRIBUTE, tooLarge);
                throw tooLarge;
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
