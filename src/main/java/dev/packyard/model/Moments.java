package dev.packyard.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times and durations in messages as people read them ("10:15:00 UTC, in 4 min"), never an ISO instant such as
 * 2026-11-01T10:15:00Z: the same text reaches a package manager's error output and the console's dialogs.
 */
public final class Moments {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("z", Locale.ROOT);

    private Moments() {
    }

    /** "45 s", "3 min 20 s", "2 h 10 min", "4 d 3 h"; a negative duration reads as zero. */
    public static String duration(Duration d) {
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

    /** A moment without a "now" to measure from: "2026-11-01 10:03:00 UTC". */
    public static String at(Instant moment) {
        return DATED.format(moment.atZone(ZoneOffset.UTC)) + " UTC";
    }

    /**
     * A moment and how far it is from {@code now}: "10:03:00 UTC, 12 min ago" or "10:15:00 UTC, in 4 min" on the
     * same day, with the date in front otherwise.
     */
    public static String relative(Instant moment, Instant now, ZoneId zone) {
        var local = moment.atZone(zone);
        String when = (local.toLocalDate().equals(now.atZone(zone).toLocalDate()) ? CLOCK.format(local) : DATED.format(local))
                + " " + (zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : ZONE.format(local));
        if (moment.equals(now)) {
            return when + ", just now";
        }
        return when + (moment.isBefore(now) ? ", " + duration(Duration.between(moment, now)) + " ago"
                : ", in " + duration(Duration.between(now, moment)));
    }
}
