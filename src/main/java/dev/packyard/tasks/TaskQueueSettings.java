package dev.packyard.tasks;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the queue: how many tasks of each kind run at once (so 4 means at most 4 fetches), the retry policy, how many finished tasks are remembered
 * and over how much clock time the transfer rate is measured.
 */
public record TaskQueueSettings(int maxRunningPerKind, RetryPolicy retry, int historySize, Duration rateWindow) {
    public static final TaskQueueSettings DEFAULT = new TaskQueueSettings(16, RetryPolicy.DEFAULT, 500, Duration.ofSeconds(5));

    public TaskQueueSettings {
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(rateWindow, "rateWindow");
        if (maxRunningPerKind < 1) {
            throw new IllegalArgumentException("maxRunningPerKind must be at least 1, was " + maxRunningPerKind);
        }
        if (historySize < 0) {
            throw new IllegalArgumentException("historySize must not be negative, was " + historySize);
        }
        if (rateWindow.isNegative() || rateWindow.isZero()) {
            throw new IllegalArgumentException("rateWindow must be positive, was " + rateWindow);
        }
    }

    public TaskQueueSettings withMaxRunningPerKind(int n) {
        return new TaskQueueSettings(n, retry, historySize, rateWindow);
    }

    public TaskQueueSettings withRetry(RetryPolicy policy) {
        return new TaskQueueSettings(maxRunningPerKind, policy, historySize, rateWindow);
    }
}
