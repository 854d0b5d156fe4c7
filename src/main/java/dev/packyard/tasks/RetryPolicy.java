package dev.packyard.tasks;

import dev.packyard.service.error.InternalServerException;
import dev.packyard.service.error.ThrottlingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * How often and how soon a failed task is tried again: capped exponential back-off (base, 2×base, 4×base … up to
 * the cap), at most {@code maxAttempts} attempts in all. No jitter, so the times shown to a user are the real ones.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration cap) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(2));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < base <= cap, was base " + base + ", cap " + cap);
        }
    }

    /** The wait after the given number of failed attempts (1 for the first failure). */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = base;
        for (int i = 1; i < failedAttempts && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /** Failures that may pass on their own: asked for by the body, I/O errors, throttling and internal errors. */
    public boolean retryable(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (t instanceof RetryableException || t instanceof IOException || t instanceof UncheckedIOException
                    || t instanceof ThrottlingException || t instanceof InternalServerException) {
                return true;
            }
        }
        return false;
    }
}
