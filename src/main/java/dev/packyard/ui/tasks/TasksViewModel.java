package dev.packyard.ui.tasks;

import dev.packyard.ui.common.BackgroundRunner;
import dev.packyard.ui.common.Feed;
import dev.packyard.ui.tasks.TaskEntry.TaskPhase;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The task strip, the Tasks screen and the task counts of the status bar, following a {@link TaskFeed}. The feed
 * may report many changes a second from worker threads; they are coalesced so that at most one update waits for the
 * UI thread at any time, and that update reads the feed when it runs: lists read earlier on two worker threads may
 * arrive in either order, and the older one must never be the last shown.
 */
public final class TasksViewModel implements AutoCloseable {
    private final TaskFeed feed;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final ObservableList<TaskEntry> tasks = FXCollections.observableArrayList();
    private final ObservableList<TaskEntry> active = FXCollections.observableArrayList();
    private final ObservableList<TaskEntry> finished = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    /** Grows with every update shown, so rows whose text depends on the time are redrawn. */
    private final ReadOnlyLongWrapper updates = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<TaskEntry> featured = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper featuredText = new ReadOnlyStringWrapper("");
    private final BooleanProperty stripCollapsed = new SimpleBooleanProperty(false);
    private final ObjectProperty<TaskEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper selectedDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper selectedRetryable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper retryMessage = new ReadOnlyStringWrapper("");
    private Set<String> retryable = Set.of();
    /** Failed tasks a Retry was started for from this console. */
    private final Set<String> retried = new java.util.HashSet<>();
    private final AtomicBoolean updateQueued = new AtomicBoolean();
    private final Feed.Subscription subscription;

    public TasksViewModel(TaskFeed feed, BackgroundRunner runner) {
        this(feed, runner, Clock.systemDefaultZone());
    }

    public TasksViewModel(TaskFeed feed, BackgroundRunner runner, Clock clock) {
        this.feed = feed;
        this.runner = runner;
        this.clock = clock;
        selected.addListener((o, was, now) -> {
            if (was == null || now == null || !was.id().equals(now.id())) {
                retryMessage.set("");
            }
            describeSelected();
        });
        show(feed.current());
        this.subscription = feed.subscribe(this::arrived);
    }

    private void arrived(List<TaskEntry> ignored) {
        if (updateQueued.compareAndSet(false, true)) {
            runner.onUiThread(() -> {
                // Cleared before reading, so a change reported after this read queues another update.
                updateQueued.set(false);
                show(feed.current());
            });
        }
    }

    /** Re-reads the queue: rates, ETAs and countdowns move on even when no task reports a change. */
    public void tick() {
        show(feed.current());
    }

    private void show(List<TaskEntry> entries) {
        if (entries == null) {
            return;
        }
        tasks.setAll(entries);
        active.setAll(entries.stream().filter(t -> t.state().active()).toList());
        finished.setAll(entries.stream().filter(t -> !t.state().active()).toList());
        running.set((int) entries.stream().filter(t -> t.state() == TaskPhase.RUNNING).count());
        pending.set((int) entries.stream().filter(t -> t.state() == TaskPhase.PENDING || t.state() == TaskPhase.SCHEDULED).count());
        summary.set(running.get() == 0 && pending.get() == 0 ? "No tasks running"
                : running.get() + " running · " + pending.get() + " pending");
        featured.set(mostActive(entries).orElse(null));
        featuredText.set(featured.get() == null ? "" : progressText(featured.get()));
        retryable = feed.retryable();
        TaskEntry chosen = selected.get();
        if (chosen != null) {
            // The selection follows the task as it changes (a retry's own row is a new task).
            selected.set(entries.stream().filter(t -> t.id().equals(chosen.id())).findFirst().orElse(chosen));
        }
        describeSelected();
        updates.set(updates.get() + 1);
    }

    private void describeSelected() {
        TaskEntry task = selected.get();
        selectedDetail.set(task == null ? "" : detailText(task));
        selectedRetryable.set(task != null && canRetry(task));
    }

    /** Everything the console knows about a task, in full: title, what it works on, state, outcome or error. */
    public String detailText(TaskEntry task) {
        StringBuilder text = new StringBuilder(task.title());
        if (!task.detail().isEmpty()) {
            text.append("\n").append(task.detail());
        }
        text.append("\n\n");
        if (task.state() == TaskPhase.FAILED) {
            // The queue's outcome already reads "Failed after N attempts: …".
            text.append(failureText(task));
        } else {
            String state = task.state().label();
            text.append(state.substring(0, 1).toUpperCase(Locale.ROOT)).append(state.substring(1));
            if (task.attempts() > 1) {
                text.append(" · ").append(task.attempts()).append(" attempts");
            }
            String progress = progressText(task);
            if (!progress.isEmpty() && !progress.equals(state)) {
                text.append("\n").append(progress);
            }
        }
        if (task.state() == TaskPhase.FAILED) {
            text.append(canRetry(task) ? "\n\nRetry runs it again now."
                    : retried.contains(task.id()) ? "\n\nRetried: the new run is listed with the other tasks."
                    : "\n\nThis task can no longer be retried here; request the package again.");
        }
        return text.toString();
    }

    /** Whether a failed task can be run again from the console. */
    public boolean canRetry(TaskEntry task) {
        return task.state() == TaskPhase.FAILED && retryable.contains(task.id());
    }

    /** Runs a failed task again, off the UI thread; its new run appears as a new task. */
    public void retry(TaskEntry task) {
        if (task == null || !canRetry(task)) {
            return;
        }
        retryable = Set.copyOf(retryable.stream().filter(id -> !id.equals(task.id())).toList());
        retried.add(task.id());
        describeSelected();
        runner.run(() -> feed.retry(task.id()), started -> {
            retryMessage.set(started ? "Retrying " + task.title() : task.title() + " can no longer be retried");
            tick();
        }, failure -> {
            retryMessage.set("Could not retry " + task.title() + ": " + failure.getMessage());
            tick();
        });
    }

    public void retrySelected() {
        retry(selected.get());
    }

    /**
     * The task the strip shows: the running transfer moving the most bytes a second (the first running task when none
     * reports a rate), else the next task due; none while nothing is running or waiting.
     */
    static Optional<TaskEntry> mostActive(List<TaskEntry> entries) {
        Optional<TaskEntry> transfer = entries.stream().filter(t -> t.state() == TaskPhase.RUNNING)
                .reduce((first, next) -> next.bytesPerSecond() > first.bytesPerSecond() ? next : first);
        if (transfer.isPresent()) {
            return transfer;
        }
        return entries.stream().filter(t -> t.state().active())
                .min(Comparator.comparing((TaskEntry t) -> t.due().orElse(Instant.MAX)));
    }

    /** Everything known about why a task failed, in full (the row's detail line is shortened to fit). */
    public String failureText(TaskEntry task) {
        String why = !task.outcome().isEmpty() ? task.outcome() : task.lastError();
        return task.attempts() > 1 ? why + " (after " + task.attempts() + " attempts)" : why;
    }

    /** Asks the task to stop, off the UI thread; the feed reports when it did. */
    public void cancel(TaskEntry task) {
        if (task == null || !task.cancellable()) {
            return;
        }
        runner.run(() -> feed.cancel(task.id()), stopped -> tick(), failure -> tick());
    }

    public String progressText(TaskEntry task) {
        return task.progressText(clock.instant(), clock.getZone());
    }

    /** Every task: unfinished first, then finished newest first. */
    public ObservableList<TaskEntry> tasks() {
        return tasks;
    }

    /** Running, queued and scheduled tasks. */
    public ObservableList<TaskEntry> active() {
        return active;
    }

    /** Finished tasks with their outcome, newest first. */
    public ObservableList<TaskEntry> finished() {
        return finished;
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

    /** The task the strip at the bottom of the window shows; null while nothing runs or waits. */
    public ReadOnlyObjectProperty<TaskEntry> featuredProperty() {
        return featured.getReadOnlyProperty();
    }

    /** What the featured task is doing: "1.2 MB of 3.4 MB · 250.0 KB/s · 9 s left", "visible at 10:03:00 (in 3 min)". */
    public ReadOnlyStringProperty featuredTextProperty() {
        return featuredText.getReadOnlyProperty();
    }

    /** Whether the task strip is folded away (the status bar still counts the tasks). */
    public BooleanProperty stripCollapsedProperty() {
        return stripCollapsed;
    }

    /** The task whose detail the Tasks screen shows. */
    public ObjectProperty<TaskEntry> selectedProperty() {
        return selected;
    }

    /** The selected task in full, wrapped rather than cut off; empty when nothing is selected. */
    public ReadOnlyStringProperty selectedDetailProperty() {
        return selectedDetail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty selectedRetryableProperty() {
        return selectedRetryable.getReadOnlyProperty();
    }

    /** What the last Retry did: "Retrying …", or why it could not. */
    public ReadOnlyStringProperty retryMessageProperty() {
        return retryMessage.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty updatesProperty() {
        return updates.getReadOnlyProperty();
    }

    @Override
    public void close() {
        subscription.cancel();
    }
}
