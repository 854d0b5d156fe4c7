package dev.packyard.tasks;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the queue: how many tasks run at once, the retry policy, how many finished tasks are remembered
 * and over how much clock time the transfer rate is measured.
 */
public record TaskQueueSettings(int maxConcurrent, RetryPolicy retry, int historySize, Duration rateWindow) {
    public static final TaskQueueSettings DEFAULT = new TaskQueueSettings(4, RetryPolicy.DEFAULT, 500, Duration.ofSeconds(5));

    public TaskQueueSettings {
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(rateWindow, "rateWindow");
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1, was " + maxConcurrent);
        }
        if (historySize < 0) {
            throw new IllegalArgumentException("historySize must not be negative, was " + historySize);
        }
        if (rateWindow.isNegative() || rateWindow.isZero()) {
            throw new IllegalArgumentException("rateWindow must be positive, was " + rateWindow);
        }
    }

    public TaskQueueSettings withMaxConcurrent(int n) {
        return new TaskQueueSettings(n, retry, historySize, rateWindow);
    }

    public TaskQueueSettings withRetry(RetryPolicy policy) {
        return new TaskQueueSettings(maxConcurrent, policy, historySize, rateWindow);
    }
}
