package dev.packyard.ui.tasks;

import dev.packyard.ui.common.Feed;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The background task queue as the console sees it: unfinished tasks in submission order, then finished ones newest
 * first. Listeners may be called on any thread, as often as tasks change.
 */
public interface TaskFeed extends Feed<List<TaskEntry>> {
    /** Asks a task to stop; false when it is unknown or already finished. */
    default boolean cancel(String id) {
        return false;
    }

    /** Runs a failed task again; false when it can no longer be retried (unknown, not failed, or already retried). */
    default boolean retry(String id) {
        return false;
    }

    /** The ids of the failed tasks {@link #retry} can run again. */
    default Set<String> retryable() {
        return Set.of();
    }

    /** The feed of a console without a task queue: always empty. */
    static TaskFeed none() {
        return new TaskFeed() {
            @Override
            public List<TaskEntry> current() {
                return List.of();
            }

            @Override
            public Subscription subscribe(Consumer<? super List<TaskEntry>> listener) {
                return () -> { };
            }
        };
    }
}
