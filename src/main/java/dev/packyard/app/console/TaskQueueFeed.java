package dev.packyard.app.console;

import dev.packyard.tasks.TaskListener;
import dev.packyard.tasks.TaskQueue;
import dev.packyard.tasks.TaskSnapshot;
import dev.packyard.ui.tasks.TaskEntry;
import dev.packyard.ui.tasks.TaskFeed;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The background task queue as the console's task panel reads it. */
public final class TaskQueueFeed implements TaskFeed {
    private final TaskQueue queue;

    public TaskQueueFeed(TaskQueue queue) {
        this.queue = queue;
    }

    @Override
    public List<TaskEntry> current() {
        return queue.snapshot().stream().map(TaskQueueFeed::entry).toList();
    }

    /** Told of every change of any task; the console coalesces them, so this only reads the queue. */
    @Override
    public Subscription subscribe(Consumer<? super List<TaskEntry>> listener) {
        TaskListener l = changed -> listener.accept(current());
        queue.addListener(l);
        return () -> queue.removeListener(l);
    }

    @Override
    public boolean cancel(String id) {
        return queue.cancel(id);
    }

    @Override
    public boolean retry(String id) {
        return queue.retry(id).isPresent();
    }

    @Override
    public Set<String> retryable() {
        return queue.retryable();
    }

    static TaskEntry entry(TaskSnapshot s) {
        TaskEntry.TaskPhase state = switch (s.state()) {
            case QUEUED -> TaskEntry.TaskPhase.PENDING;
            case RUNNING -> TaskEntry.TaskPhase.RUNNING;
            case WAITING_RETRY, SCHEDULED -> TaskEntry.TaskPhase.SCHEDULED;
            case SUCCEEDED -> TaskEntry.TaskPhase.SUCCEEDED;
            case FAILED -> TaskEntry.TaskPhase.FAILED;
            case CANCELLED -> TaskEntry.TaskPhase.CANCELLED;
        };
        return new TaskEntry(s.id(), s.kind(), s.title(), s.key(), state, s.progress().fraction(), s.progress().bytesDone(),
                s.progress().bytesTotal(), s.progress().bytesPerSecond(), s.waiters(), s.attempts(), s.lastError(),
                s.dueAt(), s.outcome(), s.cancelRequested());
    }
}
