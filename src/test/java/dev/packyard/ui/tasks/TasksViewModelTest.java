package dev.packyard.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.TaskKind;
import dev.packyard.ui.tasks.TaskEntry.TaskPhase;
import dev.packyard.ui.testing.SynchronousRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
    void aFailedTaskGivesItsWholeErrorWithoutTheCredentialsOfTheUrlItQuotes() {
        TasksViewModel model = new TasksViewModel(TaskFeed.none(), new SynchronousRunner());
        TaskEntry failed = new TaskEntry("9", TaskKind.FETCH, "Fetch string-kit 1.0.0 (string-kit-1.0.0.tgz) from public:npmjs", "",
                TaskPhase.FAILED, 0, 0, -1, 0, 0, 3, "", null,
                "HTTP 503 from http://aws:secret-token@127.0.0.1:41234/string-kit/-/string-kit-1.0.0.tgz: the registry is unavailable",
                false);

        assertThat(model.failureText(failed)).isEqualTo("HTTP 503 from http://127.0.0.1:41234/string-kit/-/string-kit-1.0.0.tgz: "
                + "the registry is unavailable (after 3 attempts)");
    }

    @Test
    void followsTheFeedAndCountsRunningAndPendingTasks() {
        PublishingFeed feed = new PublishingFeed();
        TasksViewModel model = new TasksViewModel(feed, new SynchronousRunner());

        feed.publish(new TaskEntry("1", "Fetch left-pad 1.0.0", "public:npmjs", TaskPhase.RUNNING, 0.4),
                new TaskEntry("2", "Persist left-pad 1.0.0", "", TaskPhase.PENDING, -1),
                new TaskEntry("3", "Fetch lodash 4.0.0", "", TaskPhase.SUCCEEDED, 1));

        assertThat(model.tasks()).hasSize(3);
        assertThat(model.runningProperty().get()).isEqualTo(1);
        assertThat(model.pendingProperty().get()).isEqualTo(1);
        assertThat(model.summaryProperty().get()).isEqualTo("1 running · 1 pending");

        model.close();
        assertThat(feed.listeners()).isZero();
    }

    private static TaskEntry transfer(String id, String title, double progress, double bytesPerSecond) {
        return new TaskEntry(id, TaskKind.FETCH, title, "", TaskPhase.RUNNING, progress, 100, 1000, bytesPerSecond, 1, 1, "", null, "",
                false);
    }

    private static TaskEntry persistence(String id, String title, Instant visibleAt) {
        return new TaskEntry(id, TaskKind.PERSIST, title, "", TaskPhase.SCHEDULED, -1, 0, -1, 0, 1, 0, "", visibleAt, "", false);
    }

    @Test
    void theStripFeaturesTheFastestTransferThenTheNextTaskDueThenNothing() {
        PublishingFeed feed = new PublishingFeed();
        Clock clock = Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC);
        TasksViewModel model = new TasksViewModel(feed, new SynchronousRunner(), clock);
        assertThat(model.featuredProperty().get()).isNull();

        feed.publish(persistence("p2", "Make b visible", Instant.parse("2026-11-01T10:05:00Z")),
                transfer("1", "Fetch slow 1.0.0", 0.1, 50),
                transfer("2", "Fetch fast 2.0.0", 0.3, 400),
                persistence("p1", "Make a visible", Instant.parse("2026-11-01T10:03:00Z")));
        assertThat(model.featuredProperty().get().title()).isEqualTo("Fetch fast 2.0.0");
        assertThat(model.featuredTextProperty().get()).isEqualTo("100 B of 1000 B · 400 B/s · 2 s left");

        feed.publish(persistence("p2", "Make b visible", Instant.parse("2026-11-01T10:05:00Z")),
                persistence("p1", "Make a visible", Instant.parse("2026-11-01T10:03:00Z")),
                new TaskEntry("1", "Fetch slow 1.0.0", "", TaskPhase.SUCCEEDED, 1));
        assertThat(model.featuredProperty().get().title()).isEqualTo("Make a visible");
        assertThat(model.featuredTextProperty().get()).isEqualTo("visible at 10:03:00 (in 3 min)");

        feed.publish(new TaskEntry("1", "Fetch slow 1.0.0", "", TaskPhase.SUCCEEDED, 1));
        assertThat(model.featuredProperty().get()).isNull();
        assertThat(model.featuredTextProperty().get()).isEmpty();
    }

    @Test
    void whenNoTransferReportsARateTheFirstRunningTaskIsFeatured() {
        PublishingFeed feed = new PublishingFeed();
        TasksViewModel model = new TasksViewModel(feed, new SynchronousRunner());

        feed.publish(transfer("1", "Fetch first", -1, 0), transfer("2", "Fetch second", -1, 0));

        assertThat(model.featuredProperty().get().title()).isEqualTo("Fetch first");
        assertThat(model.stripCollapsedProperty().get()).isFalse();
    }
}
