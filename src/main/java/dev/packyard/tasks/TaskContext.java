package dev.packyard.tasks;

/** What a running task body may use: its identity, its cancellation token, progress reporting and its outcome. */
public final class TaskContext {
    private final TaskQueue queue;
    private final QueuedTask entry;
    private final int attempt;

    TaskContext(TaskQueue queue, QueuedTask entry, int attempt) {
        this.queue = queue;
        this.entry = entry;
        this.attempt = attempt;
    }

    public String id() {
        return entry.id;
    }

    public String key() {
        return entry.key;
    }

    /** 1 for the first attempt, 2 for the first retry, … */
    public int attempt() {
        return attempt;
    }

    public CancellationToken cancellation() {
        return entry.token;
    }

    public boolean isCancelled() {
        return entry.token.isCancelled();
    }

    /** Throws a {@link java.util.concurrent.CancellationException} if the task was cancelled. */
    public void throwIfCancelled() {
        entry.token.throwIfCancelled();
    }

    /** Reports bytes done so far, and the total when known (-1 when not). */
    public void progress(long bytesDone, long bytesTotal) {
        queue.progress(entry, bytesDone, bytesTotal);
    }

    /** Adds freshly transferred bytes to the bytes done. */
    public void addBytes(long bytes) {
        queue.addBytes(entry, bytes);
    }

    /** The message shown when the task succeeds (default "Done"). */
    public void outcome(String message) {
        queue.outcome(entry, message);
    }
}
