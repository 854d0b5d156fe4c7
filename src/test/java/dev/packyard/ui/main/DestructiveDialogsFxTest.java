package dev.packyard.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.DomainId;
import dev.packyard.ui.common.FxBackgroundRunner;
import dev.packyard.ui.testing.UiFixture;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review's "Delete, then Enter" lost a repository with every package in it. Destructive dialogs now default to
 * Cancel, style the action as danger, and ask for the repository's name when it holds packages.
 */
class DestructiveDialogsFxTest extends FxRobot {
    @TempDir
    Path dir;
    UiFixture fx;
    FxBackgroundRunner runner;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private void open(Consumer<UiFixture> seed) throws TimeoutException {
        fx = new UiFixture(dir);
        seed.accept(fx);
        runner = new FxBackgroundRunner();
        Stage stage = FxToolkit.registerStage(Stage::new);
        interact(() -> ConsoleWindow.show(stage, fx.console(), runner));
        await(() -> lookup("#domains-screen").tryQuery().isPresent());
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
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not reach the expected state in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node treeItem(String text) {
        return from(lookup("#navigation")).lookup((Label l) -> text.equals(l.getText())).query();
    }

    private boolean exists(String repository) {
        try {
            fx.backend.repositories().describe(null, "acme", repository);
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
