package dev.packyard.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.packages.PackageRef;
import dev.packyard.ui.common.FxBackgroundRunner;
import dev.packyard.ui.testing.FxWaits;
import dev.packyard.ui.testing.UiFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Drives the real main window (headless under Monocle) by clicking and typing, against the real backend. */
class ConsoleWindowFxTest extends FxRobot {
    @TempDir
    Path dir;
    UiFixture fx;
    FxBackgroundRunner runner;
    Stage stage;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private void open(Consumer<UiFixture> seed) throws TimeoutException {
        fx = new UiFixture(dir);
        seed.accept(fx);
        runner = new FxBackgroundRunner();
        stage = FxToolkit.registerStage(Stage::new);
        interact(() -> ConsoleWindow.show(stage, fx.console(), runner));
        await(() -> lookup("#welcome-screen").tryQuery().isPresent() || lookup("#domains-screen").tryQuery().isPresent());
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (runner != null) {
            runner.close();
        }
        if (fx != null) {
            fx.close();
        }
    }

    private static void await(Callable<Boolean> condition) {
        FxWaits.await(10, condition);
    }

    private boolean showing(String text) {
        return lookup((Label l) -> text.equals(l.getText()) && l.isVisible()).tryQuery().isPresent();
    }

    private Node treeItem(String text) {
        return from(lookup("#navigation")).lookup((Label l) -> text.equals(l.getText())).query();
    }

    @Test
    void createDomainWithAValidationErrorFirstThenARepository() throws TimeoutException {
        open(f -> { });
        assertThat(stage.getTitle()).startsWith("Packyard");

        clickOn("#welcome-create-domain");
        clickOn("#field-domain-name").write("Bad_Name");
        Label error = lookup("#field-domain-name-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Invalid domain 'Bad_Name': use 2-50 characters");
        assertThat(lookup("#form-submit").queryAs(Button.class).isDisabled()).isTrue();

        doubleClickOn("#field-domain-name").eraseText(8).write("acme");
        await(() -> lookup("#field-domain-name-error").queryAs(Label.class).getText().isEmpty());
        clickOn("#form-submit");
        await(() -> lookup("#domain-name").tryQuery().isPresent() && showing("acme"));
        assertThat(fx.backend.catalog().domains().describe(null, "acme").domain().name()).isEqualTo("acme");

        clickOn("#new-repository");
        clickOn("#field-repository-name").write("team-npm");
        clickOn("#field-repository-description").write("Team packages");
        clickOn("#form-submit");
        await(() -> lookup("#repository-screen").tryQuery().isPresent());
        assertThat(lookup("#screen-title").queryAs(Label.class).getText()).isEqualTo("team-npm");
        await(() -> from(lookup("#navigation")).lookup((Label l) -> "team-npm".equals(l.getText())).tryQuery().isPresent());
        assertThat(fx.backend.catalog().repositories().describe(null, "acme", "team-npm").description()).isEqualTo("Team packages");
    }

    @Test
    void associateAnExternalConnection() throws TimeoutException {
        open(f -> f.repository(f.domain("acme"), "npm-store"));

        clickOn(treeItem("npm-store"));
        await(() -> lookup("#repository-screen").tryQuery().isPresent() && lookup("#repository-arn").query().getAccessibleText() != null
                && lookup("#repository-arn").query().getAccessibleText().startsWith("arn:aws:codeartifact:"));
        clickOn("#associate-connection");
        clickOn("#field-connection");
        clickOn("public:npmjs — npm (npm public registry)");
        clickOn("#form-submit");

        await(() -> lookup("#external-connection").queryAs(Label.class).getText().startsWith("public:npmjs"));
        assertThat(fx.backend.catalog().repositories().describe(null, "acme", "npm-store").externalConnection())
                .contains(ExternalConnection.NPMJS);
        assertThat(lookup("#disassociate-connection").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void changeAVersionsStatus() throws TimeoutException {
        open(f -> {
            DomainId acme = f.domain("acme");
            RepositoryId team = f.repository(acme, "team");
            f.published(team, UiFixture.npm("left-pad"), "1.0.0");
            f.published(team, UiFixture.npm("left-pad"), "1.1.0");
            f.published(team, UiFixture.npm("lodash"), "4.17.21");
        });

        clickOn(treeItem("team"));
        await(() -> lookup("#repository-screen").tryQuery().isPresent());
        clickOn("#tab-packages");
        await(() -> lookup("left-pad").tryQuery().isPresent());
        TableView<?> packages = lookup("#package-table").queryAs(TableView.class);
        clickOn("Package");
        clickOn("Package");
        assertThat(packages.getItems()).extracting(p -> ((PackageSummary) p).coordinate().name())
                .containsExactly("lodash", "left-pad");
        doubleClickOn("left-pad");
        await(() -> lookup("#package-screen").tryQuery().isPresent() && lookup("1.0.0").tryQuery().isPresent());
        clickOn("1.0.0");
        clickOn("#status-unlisted");

        await(() -> showing("Unlisted"));
        PackageRef ref = new PackageRef(fx.backend.catalog().repositories().describe(null, "acme", "team"), UiFixture.npm("left-pad"));
        assertThat(fx.backend.catalog().versions().describe(ref, "1.0.0").status()).isEqualTo(PackageVersionStatus.Unlisted);
        assertThat(fx.backend.catalog().versions().describe(ref, "1.1.0").status()).isEqualTo(PackageVersionStatus.Published);
    }

    @Test
    void aDomainWithRepositoriesIsNotOfferedForDeletionAndTheDeleteKeySaysWhy() throws TimeoutException {
        open(f -> f.repository(f.domain("acme"), "team"));
        await(() -> lookup("#delete-domain").query().isDisabled());

        clickOn("#domain-list").type(KeyCode.DELETE);

        await(() -> lookup("#error-dialog").tryQuery().isPresent());
        assertThat(lookup("#destructive-dialog").tryQuery()).isEmpty();
        assertThat(lookup("#dialog-message").queryAs(Label.class).getText())
                .isEqualTo("Delete its 1 repository first; a domain can only be deleted once it is empty.");
        clickOn("OK");
        assertThat(fx.backend.catalog().domains().describe(null, "acme").repositoryCount()).isEqualTo(1);
    }

    @Test
    void keyboardShortcutsCreateARepositoryInTheDomainShownAndToggleDarkMode() throws TimeoutException {
        open(f -> f.domain("acme"));

        press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        await(() -> lookup("#field-repository-name").tryQuery().isPresent());
        // Monocle reports both windows focused and keeps typing in the main one, so the field is clicked first.
        clickOn("#field-repository-name").write("beta").type(KeyCode.ENTER);
        await(() -> lookup("#repository-screen").tryQuery().isPresent());
        assertThat(fx.backend.catalog().repositories().describe(null, "acme", "beta").name()).isEqualTo("beta");

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> Application.getUserAgentStylesheet().contains("primer-dark"));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> Application.getUserAgentStylesheet().contains("primer-light"));
    }

    @Test
    void aTakenRepositoryNameOpensTheFormAgainWithTheNameTypedAndWhy() throws TimeoutException {
        open(f -> f.repository(f.domain("acme"), "beta"));

        press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        await(() -> lookup("#field-repository-name").tryQuery().isPresent());
        clickOn("#field-repository-name").write("beta").type(KeyCode.ENTER);

        await(() -> lookup("#form-refusal").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(lookup("#form-refusal").queryAs(Label.class).getText()).startsWith("Could not create repository beta: ")
                .contains("already exists");
        assertThat(lookup("#field-repository-name").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("beta");
        assertThat(lookup("#error-dialog").tryQuery()).isEmpty();
        clickOn("#field-repository-name").write("-2").type(KeyCode.ENTER);
        await(() -> lookup("#repository-screen").tryQuery().isPresent());
        assertThat(fx.backend.catalog().repositories().describe(null, "acme", "beta-2").name()).isEqualTo("beta-2");
    }

    @Test
    void altUpMovesTheSelectedUpstreamAndKeepsItSelectedAndCtrlTabSwitchesTabs() throws TimeoutException {
        open(f -> {
            DomainId acme = f.domain("acme");
            f.repository(acme, "one");
            f.repository(acme, "two");
            f.repository(acme, "three");
            f.repository(acme, "app", "one", "two", "three");
        });
        clickOn(treeItem("app"));
        await(() -> lookup("#repository-screen").tryQuery().isPresent());
        clickOn("Upstreams");
        await(() -> lookup("#upstream-list").tryQuery().isPresent());

        interact(() -> lookup("#upstream-list").queryListView().getSelectionModel().select("three"));
        clickOn("#upstream-list");
        interact(() -> lookup("#upstream-list").queryListView().getSelectionModel().select("three"));
        press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        await(() -> fx.backend.catalog().repositories().describe(null, "acme", "app").upstreams().equals(List.of("one", "three", "two")));
        await(() -> "three".equals(lookup("#upstream-list").queryListView().getSelectionModel().getSelectedItem()));
        press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        await(() -> fx.backend.catalog().repositories().describe(null, "acme", "app").upstreams().equals(List.of("three", "one", "two")));

        javafx.scene.control.TabPane tabs = lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
        int before = tabs.getSelectionModel().getSelectedIndex();
        press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        await(() -> tabs.getSelectionModel().getSelectedIndex() == (before + 1) % tabs.getTabs().size());
    }

    @Test
    void theThemeAndWindowSizeAreRememberedForTheNextStart() throws TimeoutException {
        open(f -> f.domain("acme"));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> Application.getUserAgentStylesheet().contains("primer-dark"));
        interact(() -> {
            stage.setWidth(1100);
            stage.setHeight(720);
        });
        interact(stage::close);

        Stage next = FxToolkit.registerStage(Stage::new);
        interact(() -> {
            Application.setUserAgentStylesheet(null);
            ConsoleWindow.show(next, fx.console(), runner);
        });
        await(() -> Application.getUserAgentStylesheet() != null && Application.getUserAgentStylesheet().contains("primer-dark"));
        assertThat(next.getScene().getWidth()).isEqualTo(stage.getScene().getWidth());
        assertThat(next.getScene().getHeight()).isEqualTo(stage.getScene().getHeight());
    }

    @Test
    void statusBarAndTaskStripExplainWhatIsNotRunningYet() throws TimeoutException {
        open(f -> f.domain("acme"));

        assertThat(lookup("#status-server").queryAs(Label.class).getText()).isEqualTo("Server not running");
        assertThat(lookup("#status-health-text").queryAs(Label.class).getText()).isEqualTo("Connection health not monitored yet");
        assertThat(lookup("#task-strip-counts").queryAs(Label.class).getText()).isEqualTo("No tasks running");
        assertThat(showing("Fetches from public registries and their persistence show here while they run.")).isTrue();
    }

    @Test
    void reorderUpstreamsByDragAndDropAndWithTheArrowButtons() throws TimeoutException {
        open(f -> {
            DomainId acme = f.domain("acme");
            f.repository(acme, "first");
            f.repository(acme, "second");
            f.repository(acme, "team", "first", "second");
        });
        clickOn(treeItem("team"));
        await(() -> lookup("#repository-screen").tryQuery().isPresent());
        clickOn("#tab-upstreams");
        Node list = lookup("#upstream-list").query();
        await(() -> from(list).lookup((Label l) -> "second".equals(l.getText())).tryQuery().isPresent());

        drag(from(list).lookup((Label l) -> "second".equals(l.getText())).<Node>query())
                .dropTo(from(list).lookup((Label l) -> "first".equals(l.getText())).<Node>query());
        await(() -> fx.backend.catalog().repositories().describe(null, "acme", "team").upstreams().equals(List.of("second", "first")));

        clickOn(from(list).lookup((Label l) -> "first".equals(l.getText())).<Node>query());
        clickOn("#upstream-up");
        await(() -> fx.backend.catalog().repositories().describe(null, "acme", "team").upstreams().equals(List.of("first", "second")));
    }

    // Destructive dialogs: the review's "Delete, then Enter" lost a repository with every package in it.

    private boolean exists(String repository) {
        try {
            fx.backend.catalog().repositories().describe(null, "acme", repository);
            return true;
        } catch (RuntimeException gone) {
            return false;
        }
    }

    private void deleteKeyOn(String repository) {
        clickOn(treeItem(repository)).type(KeyCode.DELETE);
        await(() -> lookup("#destructive-dialog").tryQuery().isPresent());
    }

    @Test
    void enterOnADeleteDialogCancelsAndTheDeleteButtonIsStyledAsDanger() throws TimeoutException {
        open(f -> f.repository(f.domain("acme"), "scratch"));
        await(() -> lookup("#domains-screen").tryQuery().isPresent());

        deleteKeyOn("scratch");
        Button delete = lookup("#dialog-confirm").queryButton();
        Button cancel = lookup("#dialog-cancel").queryButton();
        assertThat(cancel.isDefaultButton()).isTrue();
        assertThat(delete.isDefaultButton()).isFalse();
        assertThat(delete.getStyleClass()).contains("danger");
        assertThat(delete.getText()).isEqualTo("Delete repository");

        type(KeyCode.ENTER);

        await(() -> lookup("#destructive-dialog").tryQuery().isEmpty());
        assertThat(exists("scratch")).as("Enter cancelled").isTrue();
    }

    @Test
    void aRepositoryThatHoldsPackagesIsDeletedOnlyOnceItsNameIsTyped() throws TimeoutException {
        open(f -> {
            DomainId acme = f.domain("acme");
            f.published(f.repository(acme, "team"), UiFixture.npm("left-pad"), "1.0.0");
            f.repository(acme, "empty");
        });

        deleteKeyOn("team");
        Button delete = lookup("#dialog-confirm").queryButton();
        assertThat(lookup("#dialog-message").queryAs(Label.class).getText()).startsWith("Repository team and every package version");
        assertThat(delete.isDisabled()).isTrue();
        clickOn("#dialog-type-to-confirm").write("tea");
        assertThat(delete.isDisabled()).isTrue();
        write("m");
        assertThat(delete.isDisabled()).isFalse();
        clickOn(delete);

        await(() -> !exists("team"));
        deleteKeyOn("empty");
        assertThat(lookup("#dialog-type-to-confirm").tryQuery()).as("nothing to lose: no name to type").isEmpty();
        clickOn("#dialog-confirm");
        await(() -> !exists("empty"));
    }
}
