package dev.packyard.server.packages;

/**
 * A package-manager command CodeArtifact does not support (npm unpublish, npm audit): answered with 405 and a
 * message saying what to do instead, as CodeArtifact refuses them with 405 Method Not Allowed.
 */
public final class UnsupportedCommandException extends RuntimeException {
    public UnsupportedCommandException(String message) {
        super(message);
    }
}
