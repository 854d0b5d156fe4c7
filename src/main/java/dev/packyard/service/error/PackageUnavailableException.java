package dev.packyard.service.error;

import dev.packyard.model.ExplainedFailure;
import java.time.Instant;
import java.util.Optional;

/**
 * The package may exist but the public registry that has it cannot be used now (outage, timeout, integrity
 * failure): the package manager's 503, never a 404. Versions already retained are not affected.
 */
public final class PackageUnavailableException extends RuntimeException implements ExplainedFailure {
    private final Instant retryAfter;

    public PackageUnavailableException(String message, Instant retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Optional<Instant> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
