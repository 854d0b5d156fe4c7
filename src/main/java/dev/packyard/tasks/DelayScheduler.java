package dev.packyard.tasks;

import java.time.Instant;

/**
 * Runs an action when the clock reaches a due time. The real one waits on a timer; tests use one that runs what
 * is due when they move their clock, so nothing in a test sleeps.
 */
public interface DelayScheduler extends AutoCloseable {
    Scheduled schedule(Instant dueAt, Runnable action);

    @Override
    default void close() {
    }

    /** A pending action; cancelling one that already ran does nothing. */
    @FunctionalInterface
    interface Scheduled {
        void cancel();
    }
}
