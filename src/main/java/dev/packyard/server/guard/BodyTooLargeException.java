package dev.packyard.server.guard;

import java.io.IOException;

/** A request body read past the server's cap for its route; nothing of it is kept, and the client gets a 413. */
public final class BodyTooLargeException extends IOException {
    public BodyTooLargeException(String message) {
        super(message);
    }

    /** Where the capped body leaves the exception, for handlers that turn every read failure into their own error. */
    static final String ATTRIBUTE = "packyard.bodyTooLarge";

    /**
     * The cap this request's body exceeded, if it did: found among the failure's causes or, when a handler
     * replaced the failure with its own (a "not valid JSON", say), on the request itself.
     */
    public static java.util.Optional<BodyTooLargeException> of(jakarta.servlet.http.HttpServletRequest request, Throwable failure) {
        Object recorded = request.getAttribute(ATTRIBUTE);
        if (recorded instanceof BodyTooLargeException tooLarge) {
            return java.util.Optional.of(tooLarge);
        }
        return in(failure);
    }

    /** The cap exceeded somewhere in a failure's causes, if it was one. */
    static java.util.Optional<BodyTooLargeException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return java.util.Optional.of(tooLarge);
            }
        }
        return java.util.Optional.empty();
    }
}
