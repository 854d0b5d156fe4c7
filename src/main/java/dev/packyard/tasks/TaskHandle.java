package dev.packyard.tasks;

import dev.packyard.model.TaskKind;
import java.util.concurrent.CompletableFuture;

/**
 * One requester's view of a task. Every requester of a shared task gets its own future for the same outcome, so
 * cancelling the future only stops that requester waiting; {@link #cancel()} cancels the task for all of them.
 * A failed task completes the future with the body's last error; a cancelled one with a CancellationException.
 */
public final class TaskHandle<T> {
    private final TaskQueue queue;
    private final String id;
    private final TaskKind kind;
    private final String key;
    private final boolean joined;
    private final CompletableFuture<T> result;

    TaskHandle(TaskQueue queue, String id, TaskKind kind, String key, boolean joined, CompletableFuture<T> result) {
        this.queue = queue;
        this.id = id;
        this.kind = kind;
        this.key = key;
        this.joined = joined;
        this.result = result;
    }

    public String id() {
        return id;
    }

    public TaskKind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    /** Whether this request joined a task that was already unfinished instead of starting one. */
    public boolean joined() {
        return joined;
    }

    public CompletableFuture<T> result() {
        return result;
    }

    /** Cancels the task for every requester; false if it had already finished. */
    public boolean cancel() {
        return queue.cancel(id);
    }
}
