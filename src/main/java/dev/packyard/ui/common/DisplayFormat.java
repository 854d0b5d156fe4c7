package dev.packyard.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How sizes and times read in the console. */
public final class DisplayFormat {
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    private DisplayFormat() {
    }

    /** 0 B, 980 B, 1.5 KB, 12.0 MB … (1 KB = 1024 B). */
    public static String bytes(long size) {
        if (size < 1024) {
            return size + " B";
        }
        double value = size;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    public static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** The first characters of a revision: enough to tell two revisions apart at a glance. */
    public static String shortRevision(String revision) {
        return revision.length() <= 10 ? revision : revision.substring(0, 10);
    }
}
