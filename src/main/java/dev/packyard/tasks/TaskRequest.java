package dev.packyard.tasks;

import dev.packyard.model.TaskKind;
import java.util.Objects;

/**
 * A task to submit. Requests of the same kind and key share one execution while it is unfinished, so the key
 * must name everything the outcome depends on (e.g. {@code npm:domain/repo:lodash@4.17.21}).
 */
public record TaskRequest<T>(TaskKind kind, String key, String title, TaskBody<T> body) {
    public TaskRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
