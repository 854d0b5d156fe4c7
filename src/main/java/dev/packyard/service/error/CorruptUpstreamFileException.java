package dev.packyard.service.error;

import dev.packyard.model.ExplainedFailure;

/**
 * The public registry sent a file that does not hash to what it published, or that ended early: nothing of it was
 * stored, and the client must not take the bytes for the file (its answer is an error, or a connection aborted if
 * bytes were already on their way). Asking again fetches it afresh.
 */
public final class CorruptUpstreamFileException extends RuntimeException implements ExplainedFailure {
    public CorruptUpstreamFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
