package dev.packyard.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.ui.ConsoleContext;
import dev.packyard.ui.common.Feed;
import dev.packyard.ui.tasks.TaskFeed;
import dev.packyard.ui.testing.SynchronousRunner;
import dev.packyard.ui.testing.UiFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusBarViewModelTest {
    @TempDir
    Path dir;

    /** A value the test changes, standing in for the server and health monitor that are wired later. */
    static final class PublishingFeed<T> implements Feed<T> {
        private final List<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();
        private volatile T value;

        PublishingFeed(T initial) {
            this.value = initial;
        }

        void publish(T next) {
            value = next;
            listeners.forEach(l -> l.accept(next));
        }

        @Override
        public T current() {
            return value;
        }

        @Override
        public Subscription subscribe(Consumer<? super T> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }

    @Test
    void followsTheServerAndHealthFeedsOnceWired() {
        PublishingFeed<Optional<String>> server = new PublishingFeed<>(Optional.empty());
        PublishingFeed<Optional<ConnectionHealthSummary>> health = new PublishingFeed<>(Optional.empty());
        try (UiFixture fx = new UiFixture(dir)) {
            ConsoleContext base = fx.console();
            ConsoleContext console = base.toBuilder().tasks(TaskFeed.none()).serverUrl(server)
                    .connectionHealth(health).startDemo(Optional.empty()).build();
            StatusBarViewModel model = new StatusBarViewModel(console, new SynchronousRunner());
            assertThat(model.serverProperty().get()).isEqualTo("Server not running");

            server.publish(Optional.of("http://127.0.0.1:8642"));
            health.publish(Optional.of(new ConnectionHealthSummary(3, 1)));

            assertThat(model.serverProperty().get()).isEqualTo("Serving at http://127.0.0.1:8642");
            assertThat(model.healthProperty().get()).isEqualTo("1 of 3 external connections unavailable");
            model.close();
            assertThat(server.listeners).isEmpty();
        }
    }

    @Test
    void healthSummaryReadsAsASentence() {
        assertThat(new ConnectionHealthSummary(0, 0).describe()).isEqualTo("No repository uses an external connection yet");
        assertThat(new ConnectionHealthSummary(1, 0).describe()).isEqualTo("External connection healthy");
        assertThat(new ConnectionHealthSummary(3, 0).describe()).isEqualTo("All 3 external connections healthy");
        assertThat(new ConnectionHealthSummary(3, 1).describe()).isEqualTo("1 of 3 external connections unavailable");
    }
}
