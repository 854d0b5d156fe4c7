package dev.packyard.upstream;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The registry could not be used: unreachable, too slow, failing, or blocked by Packyard during an outage.
 * Callers report it as "upstream unavailable", never as "not found".
 */
public final class UpstreamUnavailableException extends UpstreamException {
    private final FailureKind kind;
    private final String url;
    private final Integer httpStatus;
    private final Instant retryAfter;

    public UpstreamUnavailableException(FailureKind kind, String url, String reason, Integer httpStatus, Instant retryAfter,
                                        Throwable cause) {
        super("Upstream unavailable (" + kind.label() + "): " + reason, cause);
        this.kind = kind;
        this.url = url;
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    public static UpstreamUnavailableException of(FailureKind kind, String url, String reason, Throwable cause) {
        return new UpstreamUnavailableException(kind, url, reason, null, null, cause);
    }

    public FailureKind kind() {
        return kind;
    }

    public String url() {
        return url;
    }

    public OptionalInt httpStatus() {
        return httpStatus == null ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /** When the caller may try again: the end of an outage block, if Packyard knows it. */
    public Optional<Instant> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
