package dev.packyard.model.health;

import dev.packyard.model.ExternalConnection;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One entry of a connection's timeline: when it changed state, and why. */
public record HealthTransition(ExternalConnection connection, Instant at, HealthState from, HealthState to, String reason,
                               Integer httpStatus) {
    public HealthTransition {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(to, "to");
        reason = reason == null ? "" : reason;
    }

    public Optional<Integer> status() {
        return Optional.ofNullable(httpStatus);
    }
}
