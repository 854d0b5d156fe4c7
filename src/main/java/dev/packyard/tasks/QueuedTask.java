package dev.packyard.tasks;

import dev.packyard.model.TaskKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The queue's mutable record of one unfinished task. Every field not final is guarded by the queue's lock. */
final class QueuedTask {
    final String id;
    final TaskKind kind;
    final String key;
    final String title;
    final TaskBody<?> body;
    /** The payload of a durable task, null otherwise. */
    final Object payload;
    final Instant createdAt;
    final CancellationToken token = new CancellationToken();
    final List<CompletableFuture<Object>> waiters = new ArrayList<>();
    final ProgressMeter meter;

    TaskState state;
    int attempts;
    String lastError;
    Instant startedAt;
    Instant finishedAt;
    Instant dueAt;
    String outcome;
    boolean cancelRequested;
    DelayScheduler.Scheduled delay;
    Instant lastProgressEvent;
    boolean retried = true;

    QueuedTask(String id, TaskKind kind, String key, String title, TaskBody<?> body, Object payload, Instant createdAt,
              Duration rateWindow) {
        this.id = id;
        this.kind = kind;
        this.key = key;
        this.title = title;
        this.body = body;
        this.payload = payload;
        this.createdAt = createdAt;
        this.meter = new ProgressMeter(rateWindow);
    }

    boolean durable() {
        return payload != null;
    }

    /** Tasks with the same slot share one execution. */
    String slot() {
        return slot(kind, key);
    }

    static String slot(TaskKind kind, String key) {
        return kind.name() + ' ' + key;
    }

    TaskSnapshot snapshot(Instant now, long revision) {
        return new TaskSnapshot(id, kind, key, title, state, meter.progress(now), waiters.size(), attempts, lastError,
                createdAt, startedAt, finishedAt, dueAt, outcome, durable(), cancelRequested, revision);
    }
}
