package dev.packyard.ui.packages;

import dev.packyard.ui.common.DurationText;
import dev.packyard.model.metadata.ListingStaleness;
import dev.packyard.model.metadata.RevalidationResult;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How old a cached listing is, in words: "fetched 2 h 10 min ago · expires in 50 min · 14 versions upstream, 3 retained". */
public final class StalenessWording {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private StalenessWording() {
    }

    public static String line(ListingStaleness l, Instant now) {
        String expiry = l.expired(now) ? "expired " + DurationText.since(l.expiresAt(), now) + " ago (the next request refreshes it)"
                : "expires in " + DurationText.until(now, l.expiresAt());
        return "fetched " + DurationText.since(l.fetchedAt(), now) + " ago · " + expiry + " · " + l.upstreamVersions()
                + (l.upstreamVersions() == 1 ? " version" : " versions") + " upstream, " + l.retainedVersions() + " retained";
    }

    /** The last revalidation, and a warning when a stale copy is being served. */
    public static String result(ListingStaleness l, Instant now, ZoneId zone) {
        String when = l.lastRevalidatedAt() == null ? "" : " at " + CLOCK.format(l.lastRevalidatedAt().atZone(zone));
        String outcome = switch (l.lastResult()) {
            case FETCHED -> "first fetched";
            case CHANGED -> "refreshed, with changes";
            case UNCHANGED -> "refreshed, unchanged";
            case REVALIDATED -> "revalidated (304)";
            case NOT_FOUND -> "registry no longer lists the package; the old listing is kept";
            case UNAVAILABLE -> "refresh failed";
            case FAILED -> "Packyard could not refresh it";
        };
        String detail = l.detail().map(d -> ": " + d).orElse("");
        String stale = l.staleSince().map(s -> " · serving a stale listing for " + DurationText.since(s, now)).orElse("");
        return "last check" + when + ": " + outcome + (l.lastResult() == RevalidationResult.UNAVAILABLE
                || l.lastResult() == RevalidationResult.FAILED ? detail : "") + stale;
    }

    public static String clock(Instant at, ZoneId zone) {
        return CLOCK.format(at.atZone(zone));
    }
}
