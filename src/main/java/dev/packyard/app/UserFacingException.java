package dev.packyard.app;

/** A failure to start whose message is complete for the user, printed as one line without a stack trace. */
public final class UserFacingException extends RuntimeException {
    public UserFacingException(String message) {
        super(message);
    }
}
