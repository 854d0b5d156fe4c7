package dev.packyard.ui.tasks;

import dev.packyard.ui.common.Feed;
import java.util.List;
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
