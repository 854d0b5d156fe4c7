package dev.packyard.tasks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * Bytes done and the transfer rate over a sliding window of clock time. One sample older than the window is kept
 * as the anchor, so the rate covers the whole window and decays to zero when no bytes arrive. Not thread-safe:
 * the queue guards it with its lock.
 */
final class ProgressMeter {
    private record Sample(Instant at, long bytes) {
    }

    private final Duration window;
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    private long bytesDone;
    private long bytesTotal = -1;

    ProgressMeter(Duration window) {
        this.window = window;
    }

    void reset() {
        samples.clear();
        bytesDone = 0;
        bytesTotal = -1;
    }

    void record(Instant now, long done, long total) {
        bytesDone = done;
        if (total >= 0) {
            bytesTotal = total;
        }
        samples.addLast(new Sample(now, done));
        prune(now);
    }

    long bytesDone() {
        return bytesDone;
    }

    long bytesTotal() {
        return bytesTotal;
    }

    TaskProgress progress(Instant now) {
        prune(now);
        if (samples.isEmpty()) {
            return new TaskProgress(bytesDone, bytesTotal, 0);
        }
        Sample first = samples.peekFirst();
        long nanos = Duration.between(first.at(), now).toNanos();
        double rate = nanos <= 0 ? 0 : (samples.peekLast().bytes() - first.bytes()) * 1e9 / nanos;
        return new TaskProgress(bytesDone, bytesTotal, Math.max(0, rate));
    }

    private void prune(Instant now) {
        Instant windowStart = now.minus(window);
        while (samples.size() > 1 && !secondSample().at().isAfter(windowStart)) {
            samples.removeFirst();
        }
    }

    private Sample secondSample() {
        var it = samples.iterator();
        it.next();
        return it.next();
    }
}
