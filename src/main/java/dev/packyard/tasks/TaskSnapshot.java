package dev.packyard.tasks;

import dev.packyard.model.TaskKind;
import java.time.Instant;

/**
 * What a task looks like at one moment, for the console and the logs. {@code dueAt} is when a SCHEDULED task
 * starts or a WAITING_RETRY task tries again; {@code revision} grows with every change of any task, so a
 * listener can ignore a snapshot older than one it already has.
 */
public record TaskSnapshot(String id, TaskKind kind, String key, String title, TaskState state, TaskProgress progress,
                           int waiters, int attempts, String lastError, Instant createdAt, Instant startedAt,
                           Instant finishedAt, Instant dueAt, String outcome, boolean durable, boolean cancelRequested,
                           long revision) {
}
