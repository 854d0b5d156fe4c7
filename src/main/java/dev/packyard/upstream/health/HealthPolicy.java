package dev.packyard.upstream.health;

import dev.packyard.upstream.timing.TimingProfile;
import java.time.Duration;

/**
 * When a connection trips and how it probes. The threshold is deliberately above one or two failures: peers that
 * trip on two failures take a registry offline for a blip.
 */
public record HealthPolicy(int failuresToTrip, Duration firstProbeDelay, Duration maxProbeDelay, Duration recoveredHold,
                           int historySize) {
    public static final int DEFAULT_FAILURES_TO_TRIP = 5;
    public static final int DEFAULT_HISTORY = 200;

    public HealthPolicy {
        if (failuresToTrip < 1) {
            throw new IllegalArgumentException("failuresToTrip must be at least 1");
        }
        if (historySize < 1) {
            throw new IllegalArgumentException("historySize must be at least 1");
        }
    }

    public static HealthPolicy from(TimingProfile timing) {
        return new HealthPolicy(DEFAULT_FAILURES_TO_TRIP, timing.firstProbeDelay(), timing.maxProbeDelay(),
                timing.recoveredHold(), DEFAULT_HISTORY);
    }

    /** Doubling back-off: the first probe after {@code firstProbeDelay}, each failed probe doubles it, up to the cap. */
    public Duration probeDelay(int failedProbes) {
        Duration delay = firstProbeDelay;
        for (int i = 0; i < failedProbes && delay.compareTo(maxProbeDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxProbeDelay) > 0 ? maxProbeDelay : delay;
    }
}
