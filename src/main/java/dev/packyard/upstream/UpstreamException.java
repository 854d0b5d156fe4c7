package dev.packyard.upstream;

/** A request to a public registry that gave no usable answer. Subclasses say which of the honest outcomes it was. */
public abstract sealed class UpstreamException extends Exception
        permits NotFoundUpstreamException, UpstreamUnavailableException, IntegrityException {
    protected UpstreamException(String message, Throwable cause) {
        super(message, cause);
    }
}
