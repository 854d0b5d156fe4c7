package dev.packyard.tasks;

import dev.packyard.model.TaskKind;
import java.util.Objects;

/**
 * A task to submit. Requests of the same kind and key share one execution while it is unfinished, so the key
 * must name everything the outcome depends on (e.g. {@code npm:domain/repo:lodash@4.17.21}).
 */
public record TaskRequest<T>(TaskKind kind, String key, String title, TaskBody<T> body, boolean retried) {
    public TaskRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }

    /** A task retried with back-off when it fails with a retryable error. */
    public TaskRequest(TaskKind kind, String key, String title, TaskBody<T> body) {
        this(kind, key, title, body, true);
    }

    /**
     * A task tried once: for work a requester is waiting on, whose failure must reach the requester now rather than
     * after a back-off it cannot see (the next request simply tries again).
     */
    public static <T> TaskRequest<T> once(TaskKind kind, String key, String title, TaskBody<T> body) {
        return new TaskRequest<>(kind, key, title, body, false);
    }
}
