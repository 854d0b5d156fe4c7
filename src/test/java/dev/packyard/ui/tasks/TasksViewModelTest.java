package dev.packyard.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.ui.tasks.TaskEntry.TaskState;
import dev.packyard.ui.testing.SynchronousRunner;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TasksViewModelTest {
    /** A feed the test publishes to, standing in for the task queue that is wired later. */
    static final class PublishingFeed implements TaskFeed {
        private final List<Consumer<? super List<TaskEntry>>> listeners = new CopyOnWriteArrayList<>();
        private List<TaskEntry> current = List.of();

        void publish(TaskEntry... entries) {
            current = List.of(entries);
            listeners.forEach(l -> l.accept(current));
        }

        @Override
        public List<TaskEntry> current() {
            return current;
        }

        @Override
        public Subscription subscribe(Consumer<? super List<TaskEntry>> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }

        int listeners() {
            return listeners.size();
        }
    }

    @Test
    void withoutATaskQueueThePanelIsEmpty() {
        TasksViewModel model = new TasksViewModel(TaskFeed.none(), new SynchronousRunner());

        assertThat(model.tasks()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("No tasks running");
    }

    @Test
    void followsTheFeedAndCountsRunningAndPendingTasks() {
        PublishingFeed feed = new PublishingFeed();
        TasksViewModel model = new TasksViewModel(feed, new SynchronousRunner());

        feed.publish(new TaskEntry("1", "Fetch left-pad 1.0.0", "public:npmjs", TaskState.RUNNING, 0.4),
                new TaskEntry("2", "Persist left-pad 1.0.0", "", TaskState.PENDING, -1),
                new TaskEntry("3", "Fetch lodash 4.0.0", "", TaskState.SUCCEEDED, 1));

        assertThat(model.tasks()).hasSize(3);
        assertThat(model.runningProperty().get()).isEqualTo(1);
        assertThat(model.pendingProperty().get()).isEqualTo(1);
        assertThat(model.summaryProperty().get()).isEqualTo("1 running · 1 pending");

        model.close();
        assertThat(feed.listeners()).isZero();
    }
}
