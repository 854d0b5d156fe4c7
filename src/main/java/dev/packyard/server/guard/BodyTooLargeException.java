package dev.packyard.server.guard;

import java.io.IOException;

/** A request body read past the server's cap for its route; nothing of it is kept, and the client gets a 413. */
public final class BodyTooLargeException extends IOException {
    public BodyTooLargeException(String message) {
        super(message);
    }

    /** The cap exceeded somewhere in a failure's causes, if it was one. */
    public static java.util.Optional<BodyTooLargeException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return java.util.Optional.of(tooLarge);
            }
        }
        return java.util.Optional.empty();
    }
}
