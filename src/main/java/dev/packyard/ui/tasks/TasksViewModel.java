package dev.packyard.ui.tasks;

import dev.packyard.ui.common.BackgroundRunner;
import dev.packyard.ui.common.Feed;
import dev.packyard.ui.tasks.TaskEntry.TaskState;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The task-queue panel and the task counts of the status bar, following a {@link TaskFeed}. */
public final class TasksViewModel implements AutoCloseable {
    private final ObservableList<TaskEntry> tasks = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final Feed.Subscription subscription;

    public TasksViewModel(TaskFeed feed, BackgroundRunner runner) {
        show(feed.current());
        this.subscription = feed.subscribe(entries -> runner.onUiThread(() -> show(entries)));
    }

    private void show(List<TaskEntry> entries) {
        tasks.setAll(entries);
        running.set((int) entries.stream().filter(t -> t.state() == TaskState.RUNNING).count());
        pending.set((int) entries.stream().filter(t -> t.state() == TaskState.PENDING).count());
        summary.set(running.get() == 0 && pending.get() == 0 ? "No tasks running"
                : running.get() + " running · " + pending.get() + " pending");
    }

    public ObservableList<TaskEntry> tasks() {
        return tasks;
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    @Override
    public void close() {
        subscription.cancel();
    }
}
