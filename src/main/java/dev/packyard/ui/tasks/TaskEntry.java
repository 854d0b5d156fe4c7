package dev.packyard.ui.tasks;

import dev.packyard.model.RedactedUrl;
import dev.packyard.model.TaskKind;
import dev.packyard.ui.common.DisplayFormat;
import dev.packyard.ui.common.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One background task as the console shows it.
 *
 * @param type          what the task does; null only for a task known by its title alone
 * @param progress      0..1, or negative while the task cannot tell how far it is
 * @param bytesTotal    -1 while unknown
 * @param dueAt         when a scheduled task starts or a failed one tries again; for a persistence, when the version
 *                      becomes visible; null when not scheduled
 * @param outcome       how a finished task ended, in a sentence; empty while it runs
 */
public record TaskEntry(String id, TaskKind type, String title, String detail, TaskPhase state, double progress,
                        long bytesDone, long bytesTotal, double bytesPerSecond, int waiters, int attempts,
                        String lastError, Instant dueAt, String outcome, boolean cancelRequested) {
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    public TaskEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(state, "state");
        // A task's text can quote an upstream URL, which may carry a password or token.
        detail = detail == null ? "" : RedactedUrl.inText(detail);
        lastError = lastError == null ? "" : RedactedUrl.inText(lastError);
        outcome = outcome == null ? "" : RedactedUrl.inText(outcome);
    }

    /** A task known only by its title and progress. */
    public TaskEntry(String id, String title, String detail, TaskPhase state, double progress) {
        this(id, null, title, detail, state, progress, 0, -1, 0, 0, 0, "", null, "", false);
    }

    public enum TaskPhase {
        /** Waiting for a free slot. */
        PENDING,
        RUNNING,
        /** Not due yet: starts (or tries again) at its due time. */
        SCHEDULED,
        SUCCEEDED,
        FAILED,
        CANCELLED;

        public boolean active() {
            return this == PENDING || this == RUNNING || this == SCHEDULED;
        }

        public String label() {
            return switch (this) {
                case PENDING -> "queued";
                case RUNNING -> "running";
                case SCHEDULED -> "scheduled";
                case SUCCEEDED -> "done";
                case FAILED -> "failed";
                case CANCELLED -> "cancelled";
            };
        }
    }

    /** What the task does, in a word or two ("fetch", "refresh metadata"), for text; empty when unknown. */
    public String kind() {
        return type == null ? "" : type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public boolean persistence() {
        return type == TaskKind.PERSIST;
    }

    public boolean cancellable() {
        return state.active() && !cancelRequested;
    }

    public Optional<Instant> due() {
        return Optional.ofNullable(dueAt);
    }

    /**
     * What the task is doing, in one line: "1.2 MB of 3.4 MB · 250.0 KB/s · 9 s left", "visible at 10:03:00",
     * "retry 2 at 10:01:30 — HTTP 503", "done: …".
     */
    public String progressText(Instant now, ZoneId zone) {
        List<String> parts = new ArrayList<>();
        switch (state) {
            case RUNNING -> {
                if (cancelRequested) {
                    parts.add("stopping…");
                }
                if (bytesDone > 0 || bytesTotal > 0) {
                    parts.add(bytesTotal >= 0 ? DisplayFormat.bytes(bytesDone) + " of " + DisplayFormat.bytes(bytesTotal)
                            : DisplayFormat.bytes(bytesDone));
                    parts.add(bytesPerSecond > 0 ? DisplayFormat.bytes((long) bytesPerSecond) + "/s" : "stalled");
                    eta().ifPresent(left -> parts.add(DurationText.of(left) + " left"));
                } else if (persistence() && dueAt != null) {
                    parts.add("visible at " + CLOCK_TIME.format(dueAt.atZone(zone)));
                }
            }
            case PENDING -> parts.add("waiting for a free slot");
            case SCHEDULED -> {
                String at = dueAt == null ? "" : CLOCK_TIME.format(dueAt.atZone(zone));
                if (persistence()) {
                    parts.add("visible at " + at + (dueAt == null ? "" : " (in " + DurationText.until(now, dueAt) + ")"));
                } else if (attempts > 0) {
                    parts.add("retry " + (attempts + 1) + " at " + at + (lastError.isEmpty() ? "" : " — " + lastError));
                } else {
                    parts.add("starts at " + at);
                }
            }
            default -> parts.add(outcome.isEmpty() ? state.label() : outcome);
        }
        if (waiters > 1) {
            parts.add(waiters + " waiting");
        }
        if (state.active() && attempts > 1) {
            parts.add("attempt " + attempts);
        }
        return String.join(" · ", parts);
    }

    /** Time left at the current rate, when both the total and a rate are known. */
    public Optional<Duration> eta() {
        if (bytesTotal < 0 || bytesPerSecond <= 0 || bytesDone >= bytesTotal) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis((long) ((bytesTotal - bytesDone) * 1000 / bytesPerSecond)));
    }
}
