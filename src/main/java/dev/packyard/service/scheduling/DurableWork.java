package dev.packyard.service.scheduling;

import dev.packyard.model.TaskKind;
import java.time.Instant;
import java.util.Objects;

/**
 * Work to run at {@code dueAt} (or at once if that has passed) that must survive a restart. The payload is a
 * plain record that the handler registered for the kind knows how to run.
 */
public record DurableWork(TaskKind kind, String key, String title, Object payload, Instant dueAt) {
    public DurableWork {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(dueAt, "dueAt");
        if (!kind.durable()) {
            throw new IllegalArgumentException(kind + " tasks are not durable");
        }
    }
}
