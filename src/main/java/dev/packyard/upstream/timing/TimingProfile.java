package dev.packyard.upstream.timing;

import dev.packyard.model.metadata.MetadataPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Every delay and lifetime Packyard imitates or uses, by name. {@code codeartifact} reproduces the service's
 * documented figures, {@code immediate} removes artificial delays, and {@link #scaled(double)} speeds a profile up
 * (the offline demo runs 60 times faster: three minutes take three seconds).
 *
 * @param persistenceDelay          how long a fetched version takes to appear in listings
 * @param metadataSyncInterval      how often npm and NuGet listings are synchronised in the background
 * @param metadataLifetime          how long a PyPI or Maven listing is used before the next request refreshes it
 * @param serveStaleWhileRefreshing whether the first request after expiry still gets the old listing (CodeArtifact) or waits for the new one
 * @param negativeCacheTtl          how long a true "not found upstream" is remembered
 * @param firstProbeDelay           how long an outage blocks requests before the first probe
 * @param maxProbeDelay             the cap of the doubling probe back-off
 * @param recoveredHold             how long a recovered connection is shown as RECOVERED before AVAILABLE
 * @param timeScale                 how many times faster than real time this profile runs (1 unless scaled)
 */
public record TimingProfile(String name, Duration persistenceDelay, Duration metadataSyncInterval, Duration metadataLifetime,
                            boolean serveStaleWhileRefreshing, Duration negativeCacheTtl, Duration firstProbeDelay,
                            Duration maxProbeDelay, Duration recoveredHold, double timeScale) {
    public static final String CODEARTIFACT = "codeartifact";
    public static final String IMMEDIATE = "immediate";

    public TimingProfile {
        Objects.requireNonNull(name, "name");
        for (Duration d : List.of(persistenceDelay, metadataSyncInterval, metadataLifetime, negativeCacheTtl, firstProbeDelay,
                maxProbeDelay, recoveredHold)) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("Timing profile durations cannot be negative: " + d);
            }
        }
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("The time scale must be a positive number, not " + timeScale);
        }
    }

    /** The figures CodeArtifact documents: ~3 min persistence, 10 min npm/NuGet sync, 3 h PyPI/Maven lifetime. */
    public static TimingProfile codeartifact() {
        return new TimingProfile(CODEARTIFACT, Duration.ofMinutes(3), Duration.ofMinutes(10), Duration.ofHours(3), true,
                Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofMinutes(2), 1);
    }

    /** No artificial delays: versions appear as soon as they are stored, listings live a minute and refresh in line. */
    public static TimingProfile immediate() {
        return new TimingProfile(IMMEDIATE, Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(1), false,
                Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(10), 1);
    }

    /** The profile named on the command line or in settings. */
    public static TimingProfile named(String name) {
        return switch (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) {
            case CODEARTIFACT -> codeartifact();
            case IMMEDIATE -> immediate();
            default -> throw new IllegalArgumentException(
                    "Unknown timing profile '" + name + "': use " + CODEARTIFACT + " or " + IMMEDIATE);
        };
    }

    /** The same profile running {@code factor} times faster: every duration is divided by it. */
    public TimingProfile scaled(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("The time scale must be a positive number, not " + factor);
        }
        return new TimingProfile(name, div(persistenceDelay, factor), div(metadataSyncInterval, factor),
                div(metadataLifetime, factor), serveStaleWhileRefreshing, div(negativeCacheTtl, factor),
                div(firstProbeDelay, factor), div(maxProbeDelay, factor), div(recoveredHold, factor), timeScale * factor);
    }

    /** How the metadata cache treats listings of a format whose plug-in declares {@code listings}. */
    public MetadataPolicy metadataPolicy(MetadataPolicy.Mode listings) {
        return switch (listings) {
            case SYNCHRONISED -> MetadataPolicy.synchronised(metadataSyncInterval);
            case LAZY -> MetadataPolicy.lazy(metadataLifetime, serveStaleWhileRefreshing);
        };
    }

    private static Duration div(Duration d, double factor) {
        return Duration.ofNanos(Math.round(d.toNanos() / factor));
    }
}
