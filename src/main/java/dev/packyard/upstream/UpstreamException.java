package dev.packyard.upstream;

import dev.packyard.model.ExplainedFailure;
import dev.packyard.model.RedactedUrl;

/**
 * A request to a public registry that gave no usable answer. Subclasses say which of the honest outcomes it was.
 * The message reaches clients, logs and screens, so any URL in it is shown without its user info.
 */
public abstract sealed class UpstreamException extends Exception implements ExplainedFailure
        permits NotFoundUpstreamException, UpstreamUnavailableException, IntegrityException {
    protected UpstreamException(String message, Throwable cause) {
        super(RedactedUrl.inText(message), cause);
    }
}
