package dev.packyard.demo.common;

import java.time.Duration;
import java.time.Instant;

/** Publication times of the seeded catalogue: constants, so every run serves the same bytes and listings. */
public final class SeedTimes {
    private static final Instant FIRST_RELEASE = Instant.parse("2024-03-01T09:30:00Z");
    private static final Duration BETWEEN_RELEASES = Duration.ofDays(41).plusHours(5);

    private SeedTimes() {
    }

    /** When the {@code index}-th release (0-based, across one package's versions) of a seeded package came out. */
    public static Instant release(int packageIndex, int versionIndex) {
        return FIRST_RELEASE.plus(Duration.ofHours(packageIndex * 7L)).plus(BETWEEN_RELEASES.multipliedBy(versionIndex));
    }
}
