package dev.packyard.ui.common;

import dev.packyard.model.Moments;
import java.time.Duration;
import java.time.Instant;

/** Durations as people say them: "45 s", "3 min 20 s", "2 h 10 min", "4 d 3 h". */
public final class DurationText {
    private DurationText() {
    }

    public static String of(Duration d) {
        return Moments.duration(d);
    }

    /** Time from {@code now} to {@code then}, zero when it has passed. */
    public static String until(Instant now, Instant then) {
        return of(then.isBefore(now) ? Duration.ZERO : Duration.between(now, then));
    }

    public static String since(Instant then, Instant now) {
        return of(now.isBefore(then) ? Duration.ZERO : Duration.between(then, now));
    }
}
