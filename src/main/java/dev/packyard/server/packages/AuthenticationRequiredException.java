package dev.packyard.server.packages;

/** The request has no usable token: answered with 401 and a Basic challenge so pip and Maven send credentials. */
public final class AuthenticationRequiredException extends RuntimeException {
    public AuthenticationRequiredException(String message) {
        super(message);
    }
}
