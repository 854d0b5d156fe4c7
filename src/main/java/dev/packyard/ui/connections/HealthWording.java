package dev.packyard.ui.connections;

import dev.packyard.ui.common.DurationText;
import dev.packyard.model.health.HealthSnapshot;
import dev.packyard.model.health.HealthState;
import dev.packyard.model.metadata.MetadataPolicy;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How connection health and cache policies read in the console. */
public final class HealthWording {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter CLOCK_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    static final String NOT_CHECKED = "not checked yet";

    private HealthWording() {
    }

    public static String state(HealthState state) {
        return switch (state) {
            case AVAILABLE -> "available";
            case DEGRADED -> "degraded";
            case OUTAGE -> "outage";
            case PROBING -> "probing";
            case RECOVERED -> "recovered";
            case OFFLINE -> "offline";
            case THROTTLED -> "throttled";
        };
    }

    /** "available", "not checked yet", "outage since 10:02", "degraded since 10:01", "offline since 09:40". */
    public static String stateSince(HealthSnapshot health, ZoneId zone) {
        if (!checked(health)) {
            return NOT_CHECKED;
        }
        String word = state(health.state());
        return health.state() == HealthState.AVAILABLE ? word : word + " since " + CLOCK.format(health.since().atZone(zone));
    }

    /** Whether anything has been asked of the registry: "available" is only claimed with an answer behind it. */
    public static boolean checked(HealthSnapshot health) {
        return health.state() != HealthState.AVAILABLE || health.lastSuccess().isPresent() || health.lastFailure().isPresent();
    }

    /** "next probe in 25 s (10:03:12)" in an outage, "calls resume in 25 s (10:03:12)" while throttled, else empty. */
    public static String nextProbe(HealthSnapshot health, Instant now, ZoneId zone) {
        String what = health.state() == HealthState.THROTTLED ? "calls resume in " : "next probe in ";
        return health.nextProbeAt().map(at -> what + DurationText.until(now, at) + " ("
                + CLOCK_SECONDS.format(at.atZone(zone)) + ")").orElse("");
    }

    public static String time(Instant at, ZoneId zone) {
        return CLOCK_SECONDS.format(at.atZone(zone));
    }

    /** "synchronised every 10 min" or "kept 3 h, then refreshed on the next request (the old listing answers it)". */
    public static String policy(MetadataPolicy policy) {
        return policy.mode() == MetadataPolicy.Mode.SYNCHRONISED
                ? "listings synchronised in the background every " + DurationText.of(policy.lifetime())
                : "listings kept " + DurationText.of(policy.lifetime()) + ", then refreshed by the next request"
                        + (policy.serveStaleWhileRefreshing() ? " (which still gets the old listing)" : "");
    }

    public static boolean healthy(HealthState state) {
        return state == HealthState.AVAILABLE || state == HealthState.RECOVERED;
    }
}
