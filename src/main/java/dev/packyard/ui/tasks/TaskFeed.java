package dev.packyard.ui.tasks;

import dev.packyard.ui.common.Feed;
import java.util.List;
import java.util.function.Consumer;

/** The background task queue as the console sees it: every task it knows of, oldest first. */
public interface TaskFeed extends Feed<List<TaskEntry>> {
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
