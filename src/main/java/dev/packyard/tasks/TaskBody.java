package dev.packyard.tasks;

/** The work of a task. Long work checks {@link TaskContext#cancellation()} and reports progress through the context. */
@FunctionalInterface
public interface TaskBody<T> {
    T run(TaskContext context) throws Exception;
}
