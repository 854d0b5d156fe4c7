package dev.packyard.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSearchHit;
import dev.packyard.model.RepositoryId;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.common.ScreenContext;
import dev.packyard.ui.testing.ManualRunner;
import dev.packyard.ui.testing.UiFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The domain search without a window, on a real backend: it waits for the typing to pause, asks the store once,
 * drops an answer to an older text, and opens the package a hit names. The test finishes the background work in the
 * order it chooses.
 */
class DomainSearchViewModelTest {
    @TempDir
    Path dir;
    private UiFixture fx;
    private DomainId acme;
    private final ManualRunner runner = new ManualRunner();
    private DomainSearchViewModel model;

    @BeforeEach
    void open() {
        fx = new UiFixture(dir);
        acme = fx.domain("acme");
        fx.repository(acme, "app");
        fx.repository(acme, "npm-store");
        for (int i = 0; i < 60; i++) {
            add("npm-store", "npm", null, "tree-" + String.format("%02d", i));
        }
        add("app", "npm", null, "tree-00");
        add("npm-store", "npm", "demo", "greeter");
        add("app", "maven", "dev.packyard.demo", "alpha");
        model = new DomainSearchViewModel(new ScreenContext(fx.console(), runner, fx.dialogs, fx.navigator), acme, "");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private void add(String repository, String format, String namespace, String name) {
        fx.backend.catalog().packages().putOriginConfiguration(null, "acme", repository, format, namespace, name, "ALLOW", "ALLOW");
    }

    private List<String> shown() {
        return model.hits().stream().map(h -> h.coordinate().displayName() + " in " + h.repository().name()).toList();
    }

    @Test
    void nothingTypedShowsHowToSearch() {
        model.refresh();
        assertThat(model.hits()).isEmpty();
        assertThat(runner.pendingWork()).isZero();
        assertThat(model.summaryProperty().get()).startsWith("Type the start of a package name, a scope (@demo/)");
    }

    @Test
    void theSearchWaitsForTheTypingToPauseAndAsksOnce() {
        model.textProperty().set("t");
        runner.advance(DomainSearchViewModel.TYPING_QUIET.dividedBy(2));
        model.textProperty().set("tr");
        runner.advance(DomainSearchViewModel.TYPING_QUIET.dividedBy(2));
        model.textProperty().set("tree-00");
        assertThat(runner.pendingWork()).as("nothing asked while typing").isZero();

        runner.advance(DomainSearchViewModel.TYPING_QUIET);
        assertThat(runner.pendingWork()).isEqualTo(1);
        assertThat(model.searchingProperty().get()).isTrue();
        runner.finishAll();

        assertThat(shown()).containsExactly("tree-00 in app", "tree-00 in npm-store");
        assertThat(model.summaryProperty().get()).isEqualTo("2 packages match 'tree-00'");
        assertThat(model.searchingProperty().get()).isFalse();
    }

    @Test
    void anAnswerToAnOlderTextIsDropped() {
        model.textProperty().set("tree");
        runner.advance(DomainSearchViewModel.TYPING_QUIET);
        model.textProperty().set("@demo/");
        runner.advance(DomainSearchViewModel.TYPING_QUIET);
        assertThat(runner.pendingWork()).isEqualTo(2);

        runner.finish(1);
        assertThat(shown()).containsExactly("@demo/greeter in npm-store");
        runner.finish(0);

        assertThat(shown()).as("the answer for 'tree' came back last and is not shown").containsExactly("@demo/greeter in npm-store");
        assertThat(model.summaryProperty().get()).isEqualTo("1 package matches '@demo/'");
    }

    @Test
    void manyMatchesShowTheFirstPageAndSayToTypeMore() {
        model.textProperty().set("npm tree");
        runner.advance(DomainSearchViewModel.TYPING_QUIET);
        runner.finishAll();

        assertThat(model.hits()).hasSize(DomainSearchViewModel.LIMIT);
        assertThat(model.summaryProperty().get()).isEqualTo("The first 50 packages matching 'npm tree'; type more to narrow the search");
    }

    @Test
    void noMatchSaysWhereItLookedAndAHitOpensItsPackage() {
        model.textProperty().set("left-pad");
        runner.advance(DomainSearchViewModel.TYPING_QUIET);
        runner.finishAll();
        assertThat(model.hits()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("No package of any repository in acme matches 'left-pad'");

        model.textProperty().set("dev.packyard.demo:");
        runner.advance(DomainSearchViewModel.TYPING_QUIET);
        runner.finishAll();
        PackageSearchHit alpha = model.hits().get(0);
        model.open(alpha);

        assertThat(fx.navigator.last()).isEqualTo(new NavTarget.Package(new RepositoryId(acme, "app"),
                new PackageCoordinate(PackageFormat.MAVEN, "dev.packyard.demo", "alpha")));
    }
}
