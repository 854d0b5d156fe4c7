package dev.packyard.tasks;

/**
 * Told about every change of a task. Called on the thread that made the change (a worker, or the caller of
 * submit/cancel), never while the queue holds its lock; keep it short and hand off to your own thread.
 */
@FunctionalInterface
public interface TaskListener {
    void taskChanged(TaskSnapshot snapshot);
}
