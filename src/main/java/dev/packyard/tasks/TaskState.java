package dev.packyard.tasks;

/** Where a task is in its life. */
public enum TaskState {
    /** Waiting for a free slot. */
    QUEUED,
    RUNNING,
    /** An attempt failed with a retryable error; the next one is due at the task's due time. */
    WAITING_RETRY,
    /** Not due yet: it joins the queue at its due time. */
    SCHEDULED,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
