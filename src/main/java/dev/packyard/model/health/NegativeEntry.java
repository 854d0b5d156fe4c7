package dev.packyard.model.health;

import dev.packyard.model.ExternalConnection;
import java.time.Duration;
import java.time.Instant;

/** A remembered "not found upstream", with when it was learnt and when it will be forgotten. */
public record NegativeEntry(ExternalConnection connection, String key, String url, Instant recordedAt, Instant expiresAt) {
    public Duration remaining(Instant now) {
        return now.isAfter(expiresAt) ? Duration.ZERO : Duration.between(now, expiresAt);
    }
}
