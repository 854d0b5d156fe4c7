package dev.packyard.ui.common;

import java.time.Duration;
import java.time.Instant;

/** Durations as people say them: "45 s", "3 min 20 s", "2 h 10 min", "4 d 3 h". */
public final class DurationText {
    private DurationText() {
    }

    public static String of(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min" + (s % 60 == 0 || s >= 600 ? "" : " " + s % 60 + " s");
        }
        if (s < 86_400) {
            return s / 3600 + " h" + (s % 3600 / 60 == 0 ? "" : " " + s % 3600 / 60 + " min");
        }
        return s / 86_400 + " d" + (s % 86_400 / 3600 == 0 ? "" : " " + s % 86_400 / 3600 + " h");
    }

    /** Time from {@code now} to {@code then}, zero when it has passed. */
    public static String until(Instant now, Instant then) {
        return of(then.isBefore(now) ? Duration.ZERO : Duration.between(now, then));
    }

    public static String since(Instant then, Instant now) {
        return of(now.isBefore(then) ? Duration.ZERO : Duration.between(then, now));
    }
}
