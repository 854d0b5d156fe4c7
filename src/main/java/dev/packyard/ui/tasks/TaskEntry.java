package dev.packyard.ui.tasks;

import java.util.Objects;

/**
 * One background task as the console shows it.
 *
 * @param progress 0..1, or negative while the task cannot tell how far it is
 */
public record TaskEntry(String id, String title, String detail, TaskState state, double progress) {
    public TaskEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(state, "state");
        detail = detail == null ? "" : detail;
    }

    public enum TaskState {
        PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED;

        public boolean active() {
            return this == PENDING || this == RUNNING;
        }
    }
}
