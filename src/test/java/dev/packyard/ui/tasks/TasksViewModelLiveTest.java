package dev.packyard.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.demo.conditions.CorruptFiles;
import dev.packyard.ui.ConsoleContext;
import dev.packyard.ui.common.BackgroundRunner;
import dev.packyard.ui.tasks.TaskEntry.TaskPhase;
import dev.packyard.ui.testing.LiveFixture;
import dev.packyard.ui.testing.SynchronousRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The task panel's model following the real task queue while the real fetch engine fetches from the demo registry. */
class TasksViewModelLiveTest {
    /** The view model's "UI thread": the test reads its lists under the same lock the feed's updates take. */
    private final SynchronousRunner ui = new SynchronousRunner();

    @TempDir
    Path dir;
    LiveFixture f;
    ConsoleContext console;

    @BeforeEach
    void start() {
        f = new LiveFixture(dir);
        console = f.console();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void aFetchFinishesAndItsPersistenceWaitsWithTheTimeTheVersionBecomesVisible() throws Exception {
        TasksViewModel model = new TasksViewModel(console.tasks(), ui, console.clock());

        f.download("tree-leaf", "1.2.0");

        LiveFixture.eventually(() -> ui.onUiThread(() -> assertThat(model.finished()).anySatisfy(t -> {
            assertThat(t.kind()).isEqualTo("fetch");
            assertThat(t.title()).contains("tree-leaf");
            assertThat(t.state()).isEqualTo(TaskPhase.SUCCEEDED);
            assertThat(t.bytesDone()).isPositive();
        })));
        TaskEntry persist = model.active().stream().filter(TaskEntry::persistence).findFirst().orElseThrow();
        assertThat(persist.state()).isEqualTo(TaskPhase.SCHEDULED);
        assertThat(persist.title()).isEqualTo("Make tree-leaf 1.2.0 (tree-leaf-1.2.0.tgz) visible in app, npm-store");
        assertThat(model.progressText(persist)).isEqualTo("visible at 10:03:00 (in 3 min)");
        assertThat(model.summaryProperty().get()).isEqualTo("0 running · 1 pending");

        f.clock.advance(Duration.ofMinutes(1));
        model.tick();
        assertThat(model.progressText(model.active().get(0))).isEqualTo("visible at 10:03:00 (in 2 min)");

        f.advance(Duration.ofMinutes(2));
        LiveFixture.eventually(() -> ui.onUiThread(() -> {
            assertThat(model.active()).isEmpty();
            assertThat(model.finished()).anySatisfy(t -> {
                assertThat(t.persistence()).isTrue();
                assertThat(t.state()).isEqualTo(TaskPhase.SUCCEEDED);
            });
            assertThat(model.summaryProperty().get()).isEqualTo("No tasks running");
        }));
    }

    @Test
    void aFailedFetchOpensToItsWholeErrorAndRetryFetchesItOnceTheRegistryIsRepaired() throws Exception {
        TasksViewModel model = new TasksViewModel(console.tasks(), ui, console.clock());
        f.npm().corruptFiles(CorruptFiles.WRONG_HASH);
        assertThatThrownBy(() -> f.download("tree-leaf", "1.2.0")).hasMessageContaining("corrupt");
        LiveFixture.eventually(() -> ui.onUiThread(() -> assertThat(model.finished()).anySatisfy(t -> assertThat(t.state()).isEqualTo(TaskPhase.FAILED))));
        TaskEntry failed = model.finished().stream().filter(t -> t.state() == TaskPhase.FAILED).findFirst().orElseThrow();

        model.selectedProperty().set(failed);

        assertThat(model.selectedDetailProperty().get())
                .startsWith("Fetch tree-leaf 1.2.0 (tree-leaf-1.2.0.tgz) from public:npmjs")
                .contains("Failed after 1 attempt: Integrity check failed for http://127.0.0.1:", "the file was discarded",
                        "Retry runs it again now.");
        assertThat(model.selectedRetryableProperty().get()).isTrue();

        f.npm().repairFiles();
        model.retrySelected();

        assertThat(model.retryMessageProperty().get()).isEqualTo("Retrying " + failed.title());
        LiveFixture.eventually(() -> ui.onUiThread(() -> {
            model.tick();
            assertThat(model.finished()).anySatisfy(t -> {
                assertThat(t.title()).isEqualTo(failed.title());
                assertThat(t.state()).isEqualTo(TaskPhase.SUCCEEDED);
            });
            assertThat(model.active()).anySatisfy(t -> assertThat(t.title()).isEqualTo("Make tree-leaf 1.2.0 (tree-leaf-1.2.0.tgz) visible in app, npm-store"));
        }));
        assertThat(model.canRetry(failed)).as("a failure is retried once").isFalse();
        assertThat(model.selectedDetailProperty().get()).contains("Retried: the new run is listed with the other tasks.");
    }

    @Test
    void cancellingAPendingPersistenceEndsItAsCancelled() throws Exception {
        TasksViewModel model = new TasksViewModel(console.tasks(), ui, console.clock());
        f.download("tree-leaf", "1.2.0");
        LiveFixture.eventually(() -> ui.onUiThread(() -> assertThat(model.active()).hasSize(1)));
        TaskEntry persist = model.active().get(0);
        assertThat(persist.cancellable()).isTrue();

        model.cancel(persist);

        LiveFixture.eventually(() -> ui.onUiThread(() -> assertThat(model.active()).isEmpty()));
        assertThat(model.finished()).anySatisfy(t -> {
            assertThat(t.id()).isEqualTo(persist.id());
            assertThat(t.state()).isEqualTo(TaskPhase.CANCELLED);
            assertThat(model.progressText(t)).isNotBlank();
        });
        assertThat(f.backend.tasks().visibility().pending()).isEmpty();
    }

    @Test
    void manyQueueEventsWaitAsOneUpdateForTheUiThreadShowingTheNewestList() throws Exception {
        QueuedUiThread ui = new QueuedUiThread();
        TasksViewModel model = new TasksViewModel(console.tasks(), ui, console.clock());

        f.download("tree-leaf", "1.2.0");
        f.download("string-kit", "1.0.0");

        assertThat(ui.queued).as("one pending UI update however many task events came").hasSize(1);
        LiveFixture.eventually(() -> {
            ui.runAll();
            assertThat(model.finished()).filteredOn(t -> t.kind().equals("fetch")).hasSize(2);
            assertThat(model.active()).filteredOn(TaskEntry::persistence).hasSize(2);
        });

        f.download("tiny-date", "2.0.0");
        assertThat(ui.queued).hasSize(1);
    }

    /** A UI thread that runs nothing until the test says so. */
    private static final class QueuedUiThread implements BackgroundRunner {
        final List<Runnable> queued = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            new SynchronousRunner().run(work, onSuccess, onFailure);
        }

        @Override
        public synchronized void onUiThread(Runnable action) {
            queued.add(action);
        }

        synchronized void runAll() {
            List<Runnable> now = List.copyOf(queued);
            queued.clear();
            now.forEach(Runnable::run);
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
        }
    }
}
