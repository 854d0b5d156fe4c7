package dev.packyard.tasks;

/**
 * Bytes transferred by a task. {@code bytesTotal} is -1 while the size is unknown; the rate is measured over a
 * sliding window of the clock, so it falls to zero when a transfer stalls.
 */
public record TaskProgress(long bytesDone, long bytesTotal, double bytesPerSecond) {
    public static final TaskProgress NONE = new TaskProgress(0, -1, 0);

    public boolean totalKnown() {
        return bytesTotal >= 0;
    }

    /** Done as a fraction between 0 and 1, or -1 when the total is unknown. */
    public double fraction() {
        if (!totalKnown()) {
            return -1;
        }
        return bytesTotal == 0 ? 1 : Math.min(1.0, (double) bytesDone / bytesTotal);
    }
}
