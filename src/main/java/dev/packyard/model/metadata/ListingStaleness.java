package dev.packyard.model.metadata;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How stale one cached public-registry listing is, without the listing itself: what the console shows of it
 * ("fetched 2 h 10 min ago · expires in 50 min · 14 versions upstream, 3 retained").
 *
 * @param lastRevalidatedAt null until the listing was first revalidated
 * @param retainedVersions  the package's versions kept in the repository that holds the connection
 */
public record ListingStaleness(Instant fetchedAt, Instant expiresAt, Instant lastRevalidatedAt,
                               RevalidationResult lastResult, Optional<String> detail, Optional<Instant> staleSince,
                               int upstreamVersions, int retainedVersions) {
    public ListingStaleness {
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(lastResult, "lastResult");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(staleSince, "staleSince");
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Freshness freshness(Instant now) {
        if (staleSince.isPresent()) {
            return Freshness.SERVING_STALE;
        }
        return expired(now) ? Freshness.EXPIRED : Freshness.FRESH;
    }

    /** How old the listing is: what "fetched 2 h 10 min ago" is computed from. */
    public Duration age(Instant now) {
        return Duration.between(fetchedAt, now);
    }
}
