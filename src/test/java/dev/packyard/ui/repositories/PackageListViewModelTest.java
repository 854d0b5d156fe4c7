package dev.packyard.ui.repositories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.TaskKind;
import dev.packyard.model.DomainId;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.RepositoryId;
import dev.packyard.ui.common.Feed;
import dev.packyard.ui.common.ScreenContext;
import dev.packyard.ui.tasks.TaskEntry;
import dev.packyard.ui.tasks.TaskFeed;
import dev.packyard.ui.testing.ManualRunner;
import dev.packyard.ui.testing.UiFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository screen's package list without a window, on a real backend: pages on demand, the count from a count
 * query, the filter asked of the service after the typing pauses, older answers dropped. The test finishes the
 * background work itself, in the order it chooses.
 */
class PackageListViewModelTest {
    @TempDir
    Path dir;
    private UiFixture fx;
    private RepositoryId team;
    private final ManualRunner runner = new ManualRunner();
    private final ManualTaskFeed tasks = new ManualTaskFeed();
    private PackageListViewModel model;

    @BeforeEach
    void open() {
        fx = new UiFixture(dir);
        DomainId acme = fx.domain("acme");
        team = fx.repository(acme, "team");
        for (int i = 0; i < 450; i++) {
            addPackage("npm", (i < 300 ? "alpha-" : "beta-") + String.format("%03d", i));
        }
        addPackage("pypi", "requests");
        model = new PackageListViewModel(new ScreenContext(fx.console(tasks), runner, fx.dialogs, fx.navigator));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private void addPackage(String format, String name) {
        fx.backend.catalog().packages().putOriginConfiguration(null, "acme", "team", format, null, name, "ALLOW", "ALLOW");
    }

    private List<String> names() {
        return model.packages().stream().map(p -> p.coordinate().name()).toList();
    }

    @Test
    void theFirstPageShowsWithTheCountAndLaterPagesLoadAsTheTableNearsTheirEnd() {
        model.load(team);
        assertThat(model.summaryProperty().get()).isEqualTo("Counting packages…");
        assertThat(model.loadingProperty().get()).isTrue();
        runner.finishAll();

        assertThat(model.packages()).hasSize(PackageListViewModel.PAGE_SIZE);
        assertThat(names().get(0)).isEqualTo("alpha-000");
        assertThat(model.summaryProperty().get()).isEqualTo("451 packages");
        assertThat(model.countProperty().get()).isEqualTo("451 packages");
        assertThat(model.loadingProperty().get()).isFalse();

        model.rowShown(100);
        assertThat(runner.pendingWork()).as("far from the end: nothing to read yet").isZero();
        model.rowShown(160);
        model.rowShown(170);
        assertThat(runner.pendingWork()).as("one page on its way at a time").isEqualTo(1);
        runner.finishAll();
        assertThat(model.packages()).hasSize(400);

        model.rowShown(399);
        runner.finishAll();
        assertThat(model.packages()).hasSize(451);
        assertThat(names()).doesNotHaveDuplicates().endsWith("beta-449", "requests");
        assertThat(model.complete()).isTrue();
        model.rowShown(450);
        assertThat(runner.pendingWork()).as("everything is loaded").isZero();
    }

    @Test
    void theFilterIsAskedOfTheServiceOnceTheTypingPauses() {
        model.load(team);
        runner.finishAll();

        model.filterProperty().set("b");
        runner.advance(Duration.ofMillis(200));
        model.filterProperty().set("be");
        runner.advance(Duration.ofMillis(200));
        model.filterProperty().set("bet");
        runner.advance(Duration.ofMillis(200));
        assertThat(runner.pendingWork()).as("still typing").isZero();
        assertThat(model.packages()).hasSize(200);

        runner.advance(Duration.ofMillis(50));
        assertThat(runner.pendingWork()).as("one listing and one count for the last text").isEqualTo(2);
        runner.finishAll();

        assertThat(names()).hasSize(150).allMatch(n -> n.startsWith("bet"));
        assertThat(model.summaryProperty().get()).isEqualTo("150 of 451 packages match");
        assertThat(model.complete()).isTrue();

        model.filterProperty().set("");
        runner.advance(PackageListViewModel.FILTER_QUIET);
        runner.finishAll();
        assertThat(model.packages()).hasSize(200);
        assertThat(model.summaryProperty().get()).isEqualTo("451 packages");
    }

    @Test
    void anAnswerToAnOlderFilterIsDropped() {
        model.load(team);
        runner.finishAll();

        model.filterProperty().set("alpha-1");
        runner.advance(PackageListViewModel.FILTER_QUIET);
        model.filterProperty().set("beta-44");
        runner.advance(PackageListViewModel.FILTER_QUIET);
        assertThat(runner.pendingWork()).isEqualTo(4);

        runner.finish(3);
        runner.finish(2);
        assertThat(names()).containsExactly("beta-440", "beta-441", "beta-442", "beta-443", "beta-444", "beta-445",
                "beta-446", "beta-447", "beta-448", "beta-449");
        assertThat(model.summaryProperty().get()).isEqualTo("10 of 451 packages match");

        runner.finishAll();
        assertThat(names()).as("the listing for alpha-1 came back last and is not shown").hasSize(10)
                .allMatch(n -> n.startsWith("beta-44"));
        assertThat(model.summaryProperty().get()).isEqualTo("10 of 451 packages match");
    }

    @Test
    void aFormatsNameListsThatFormat() {
        model.load(team);
        runner.finishAll();

        model.filterProperty().set("PyPI ");
        runner.advance(PackageListViewModel.FILTER_QUIET);
        runner.finishAll();

        assertThat(names()).containsExactly("requests");
        assertThat(model.summaryProperty().get()).isEqualTo("1 of 451 packages match");
    }

    @Test
    void theFilterIgnoresTheTypedCaseOfNpmAndPypiNamesAndReadsScopes() {
        fx.backend.catalog().packages().putOriginConfiguration(null, "acme", "team", "npm", "demo", "config", "ALLOW", "ALLOW");
        fx.backend.catalog().packages().putOriginConfiguration(null, "acme", "team", "npm", "demo", "greeter", "ALLOW", "ALLOW");
        model.load(team);
        runner.finishAll();

        model.filterProperty().set("BETA-44");
        runner.advance(PackageListViewModel.FILTER_QUIET);
        runner.finishAll();
        assertThat(names()).hasSize(10).allMatch(n -> n.startsWith("beta-44"));

        model.filterProperty().set("Requ");
        runner.advance(PackageListViewModel.FILTER_QUIET);
        runner.finishAll();
        assertThat(names()).containsExactly("requests");

        model.filterProperty().set("@Demo/");
        runner.advance(PackageListViewModel.FILTER_QUIET);
        runner.finishAll();
        assertThat(model.packages()).extracting(p -> p.coordinate().displayName()).containsExactly("@demo/config", "@demo/greeter");
        assertThat(model.summaryProperty().get()).isEqualTo("2 of 453 packages match");

        model.filterProperty().set("@demo/gr");
        runner.advance(PackageListViewModel.FILTER_QUIET);
        runner.finishAll();
        assertThat(model.packages()).extracting(p -> p.coordinate().displayName()).containsExactly("@demo/greeter");
    }

    @Test
    void scopedPackagesAreShownAmongTheOthersByTheirWrittenNameNotAfterThem() {
        fx.backend.catalog().packages().putOriginConfiguration(null, "acme", "team", "npm", "demo", "config", "ALLOW", "ALLOW");
        model.filterProperty().set("npm");
        model.load(team);
        runner.finishAll();
        while (!model.complete()) {
            model.loadMore();
            runner.finishAll();
        }

        assertThat(model.packages()).as("listing order: namespace first, so the scoped package comes last")
                .last().satisfies(p -> assertThat(p.coordinate().displayName()).isEqualTo("@demo/config"));
        assertThat(model.inDisplayOrder()).extracting(p -> p.coordinate().displayName()).first().isEqualTo("@demo/config");
        assertThat(model.inDisplayOrder()).extracting(p -> p.coordinate().displayName()).element(1).isEqualTo("alpha-000");
    }

    @Test
    void theCountFollowsPersistedVersionsAndPeriodicRefreshes() {
        model.watch(tasks);
        model.load(team);
        runner.finishAll();

        fx.published(team, UiFixture.npm("gamma"), "1.0.0");
        tasks.publish(new TaskEntry("t1", TaskKind.PERSIST, "Persist gamma 1.0.0", "", TaskEntry.TaskPhase.RUNNING, -1, 0, -1, 0,
                1, 1, "", null, "", false));
        assertThat(runner.pendingWork()).as("not visible yet").isZero();
        tasks.publish(new TaskEntry("t1", TaskKind.PERSIST, "Persist gamma 1.0.0", "", TaskEntry.TaskPhase.SUCCEEDED, 1, 0, -1, 0,
                1, 1, "", null, "visible", false));
        runner.finishAll();
        assertThat(model.countProperty().get()).isEqualTo("452 packages");

        tasks.publish(new TaskEntry("t1", TaskKind.PERSIST, "Persist gamma 1.0.0", "", TaskEntry.TaskPhase.SUCCEEDED, 1, 0, -1, 0,
                1, 1, "", null, "visible", false));
        assertThat(runner.pendingWork()).as("a persistence already counted").isZero();

        addPackage("npm", "published-directly");
        model.refreshCount();
        runner.finishAll();
        assertThat(model.summaryProperty().get()).isEqualTo("453 packages");
    }

    @Test
    void aSmallRepositoryShowsNewPackagesWhenTheCountChanges() {
        RepositoryId small = fx.repository(new DomainId(fx.account(), "acme"), "small");
        fx.published(small, UiFixture.npm("one"), "1.0.0");
        model.load(small);
        runner.finishAll();
        assertThat(model.packages()).extracting(PackageSummary::coordinate).extracting(c -> c.name()).containsExactly("one");

        fx.published(small, UiFixture.npm("two"), "1.0.0");
        model.refreshCount();
        runner.finishAll();

        assertThat(names()).containsExactly("one", "two");
        assertThat(model.summaryProperty().get()).isEqualTo("2 packages");
    }

    /** A task queue the test speaks for. */
    private static final class ManualTaskFeed implements TaskFeed {
        private final List<Consumer<? super List<TaskEntry>>> listeners = new ArrayList<>();
        private List<TaskEntry> entries = List.of();

        void publish(TaskEntry entry) {
            entries = List.of(entry);
            listeners.forEach(l -> l.accept(entries));
        }

        @Override
        public List<TaskEntry> current() {
            return entries;
        }

        @Override
        public Feed.Subscription subscribe(Consumer<? super List<TaskEntry>> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }
}
