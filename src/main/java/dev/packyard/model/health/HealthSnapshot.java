package dev.packyard.model.health;

import dev.packyard.model.ExternalConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A connection's health at one moment, with everything the console shows: the state and since when, the reason
 * and HTTP status of the last failure, the failure count, and when the next probe is due (for a countdown).
 */
public record HealthSnapshot(ExternalConnection connection, HealthState state, Instant since, String reason, Integer httpStatus,
                             int consecutiveFailures, int failedProbes, Instant blockedUntil, Instant lastSuccessAt,
                             Instant lastFailureAt, Instant at) {

    /** When requests will be tried again: the end of the outage block or of the throttle window, while there is one. */
    public Optional<Instant> nextProbeAt() {
        return state == HealthState.OUTAGE || state == HealthState.THROTTLED ? Optional.ofNullable(blockedUntil) : Optional.empty();
    }

    /** The end of the registry's throttle window while it throttles Packyard (429). */
    public Optional<Instant> throttledUntil() {
        return state == HealthState.THROTTLED ? Optional.ofNullable(blockedUntil) : Optional.empty();
    }

    /** Time left until the next probe, never negative. */
    public Optional<Duration> untilNextProbe() {
        return nextProbeAt().map(t -> t.isBefore(at) ? Duration.ZERO : Duration.between(at, t));
    }

    public Optional<Integer> status() {
        return Optional.ofNullable(httpStatus);
    }

    public Optional<Instant> lastSuccess() {
        return Optional.ofNullable(lastSuccessAt);
    }

    public Optional<Instant> lastFailure() {
        return Optional.ofNullable(lastFailureAt);
    }
}
