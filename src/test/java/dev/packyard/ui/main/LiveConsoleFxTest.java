package dev.packyard.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.demo.conditions.OutageMode;
import dev.packyard.demo.conditions.SlowDrip;
import dev.packyard.ui.common.FxBackgroundRunner;
import dev.packyard.ui.testing.FxWaits;
import dev.packyard.ui.testing.LiveFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The real main window (headless under Monocle) over the whole running side: the real task queue, fetch engine and
 * demo registry. Fetches run on their own threads, as a package manager's would, while the window is watched.
 */
class LiveConsoleFxTest extends FxRobot {
    @TempDir
    Path dir;
    LiveFixture f;
    FxBackgroundRunner runner;
    Stage stage;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private void open() throws TimeoutException {
        f = new LiveFixture(dir);
        runner = new FxBackgroundRunner();
        stage = FxToolkit.registerStage(Stage::new);
        interact(() -> ConsoleWindow.show(stage, f.console(), runner));
        await(() -> lookup("#domains-screen").tryQuery().isPresent());
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (runner != null) {
            runner.close();
        }
        if (f != null) {
            f.close();
        }
    }

    private static void await(Callable<Boolean> condition) {
        FxWaits.await(20, condition);
    }

    private boolean showing(String text) {
        return lookup((Label l) -> l.getText() != null && l.getText().contains(text) && l.isVisible()).tryQuery().isPresent();
    }

    /** The status bar's health line as a screen reader reads it (the tooltip says the same). */
    private String health() {
        return lookup("#status-health").query().getAccessibleText();
    }

    private List<String> dotOf(String id) {
        return lookup(id).queryAs(Label.class).getGraphic().getStyleClass();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theDemoSwitchesStayWhereTheyAreWhenAMessageComesAndGoes() throws Exception {
        open();
        clickOn((Label l) -> "Offline demo".equals(l.getText()));
        await(() -> lookup("#demo-latency-npm").tryQuery().isPresent());
        double before = sceneY("#demo-latency-npm");

        clickOn("#demo-down-npm");
        await(() -> !text("#demo-message").isEmpty() && lookup("#demo-recover-npm").query().isDisabled() == false);
        assertThat(sceneY("#demo-latency-npm")).as("a message above the cards moves nothing").isEqualTo(before);

        clickOn("#demo-recover-npm");
        await(() -> lookup("#demo-down-npm").query().isDisabled() == false);
        clickOn("#demo-latency-npm");
        await(() -> text("#demo-status-npm").contains("latency"));
        assertThat(sceneY("#demo-latency-npm")).isEqualTo(before);
    }

    private double sceneY(String id) {
        javafx.scene.Node node = lookup(id).query();
        return node.localToScene(node.getBoundsInLocal()).getMinY();
    }

    @Test
    void aSlowFetchShowsItsProgressInTheTaskStripThenItsPendingPersistence() throws Exception {
        open();
        f.npm().setSlowDrip(new SlowDrip(64, Duration.ofMillis(250)));

        CompletableFuture<Void> fetch = CompletableFuture.runAsync(() -> {
            try {
                f.download("tree-leaf", "1.2.0");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        await(() -> lookup("#task-strip-progress").queryAs(ProgressBar.class).isVisible()
                && text("#task-strip-title").startsWith("Fetch"));
        assertThat(text("#task-strip-counts")).startsWith("1 running");
        assertThat(text("#status-tasks")).startsWith("1 running");
        fetch.get(30, TimeUnit.SECONDS);

        await(() -> text("#task-strip-detail").equals("visible at 10:03:00 (in 3 min)"));
        assertThat(lookup("#task-strip-progress").queryAs(ProgressBar.class).isVisible()).isFalse();
        assertThat(text("#task-strip-counts")).isEqualTo("0 running · 1 pending");

        clickOn("#fold-task-strip");
        await(() -> !lookup("#task-strip").query().isVisible() && lookup("#status-tasks").query().isVisible());
        clickOn("#status-tasks");
        await(() -> lookup("#task-strip").query().isVisible());

        f.advance(Duration.ofMinutes(3));
        await(() -> text("#task-strip-counts").equals("No tasks running"));
        clickOn("#open-tasks-screen");
        await(() -> lookup("#tasks-screen").tryQuery().isPresent());
        assertThat(lookup("#finished-tasks").lookup((Label l) -> "Make tree-leaf 1.2.0 (tree-leaf-1.2.0.tgz) visible in app, npm-store".equals(l.getText()))
                .tryQuery()).isPresent();
        assertThat(lookup("#finished-tasks").lookup((Label l) -> l.getText() != null && l.getText().startsWith("Fetch"))
                .tryQuery()).isPresent();
    }

    @Test
    void anNpmOutageAppearsInTheConnectionsScreenAndStatusBarAndClearsAfterRecoveryAndAProbe() throws Exception {
        open();
        assertThat(health()).as("connections in use are shown from the start").isEqualTo("npmjs ● not checked yet · pypi ● not checked yet");
        clickOn(from(lookup("#navigation")).lookup((Label l) -> "External connections".equals(l.getText())).queryAs(Label.class));
        await(() -> lookup("#connections-screen").tryQuery().isPresent());

        f.npm().goDown(OutageMode.SERVICE_UNAVAILABLE);
        CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 8; i++) {
                try {
                    f.download("tiny-date", "2.0.0");
                } catch (Exception expected) {
                    // each failure counts towards the outage
                }
            }
        }).get(60, TimeUnit.SECONDS);

        await(() -> health().equals("npmjs ● outage since 10:00 · pypi ● not checked yet"));
        assertThat(dotOf("#status-health-npmjs")).as("an outage is red").contains("health-down");
        assertThat(dotOf("#status-health-pypi")).contains("health-unchecked");
        await(() -> showing("outage since 10:00") && showing("next probe in 30 s"));
        assertThat(text("#connection-details")).startsWith("npm public registry · npm · outage since 10:00");
        assertThat(lookup("#health-timeline").queryListView().getItems()).first().asString().contains("degraded → outage");

        f.npm().recover();
        clickOn("#probe-now");

        await(() -> health().equals("npmjs ● recovered since 10:00 · pypi ● not checked yet"));
        assertThat(dotOf("#status-health-npmjs")).contains("health-answering");
        await(() -> showing("recovered since 10:00"));
        assertThat(lookup("#health-timeline").queryListView().getItems()).first().asString().contains("probing → recovered");
    }

    @Test
    void theMetadataCacheOfADomainShowsEachCachedListingAndAFailedRefreshAsServedStale() throws Exception {
        open();
        f.download("tree-leaf", "1.2.0");
        openMetadataCache();
        await(() -> lookup("#staleness-screen").tryQuery().isPresent() && cell("tree-leaf") && showing("fresh"));
        assertThat(cell("public:npmjs")).isTrue();
        assertThat(showing("expires in 10 min")).isTrue();

        f.npm().goDown(OutageMode.SERVICE_UNAVAILABLE);
        clickOn("#refresh-tree-leaf-npmjs");
        await(() -> lookup("#error-dialog").tryQuery().isPresent());
        assertThat(lookup("#dialog-message").queryAs(Label.class).getText()).contains("503");
        clickOn("OK");

        await(() -> showing("served stale") && showing("since 10:00:00 (0 s)"));
        // Typed keys can go to the closed dialog's window under Monocle; the field itself is what is under test.
        interact(() -> lookup("#listing-filter").queryAs(javafx.scene.control.TextField.class).setText("fresh"));
        await(() -> showing("No listing matches the filter"));
    }

    @Test
    void theRetainedCountInTheMetadataCacheIsRightAfterARowRefresh() throws Exception {
        open();
        f.download("tree-leaf", "1.2.0");
        f.advance(Duration.ofMinutes(3));
        openMetadataCache();
        await(() -> lookup("#staleness-screen").tryQuery().isPresent() && cell("1 of 3"));

        f.npm().publishNextVersion("tree-leaf");
        clickOn("#refresh-tree-leaf-npmjs");

        await(() -> cell("1 of 4"));
        assertThat(cell("1 of 3")).isFalse();
    }

    @Test
    void theConnectTabGivesReadyToPasteCommandsAndCreateTokenFillsInAWorkingToken() throws Exception {
        open();
        await(() -> navLabel("app").isPresent());
        clickOn(navLabel("app").orElseThrow());
        await(() -> lookup("#repository-screen").tryQuery().isPresent());
        clickOn("Connect");
        await(() -> snippet("#snippet-npm").startsWith("npm config set registry http://127.0.0.1:8642/d/acme/"));
        assertThat(snippet("#snippet-npm")).contains("<AUTH_TOKEN>");
        assertThat(snippet("#snippet-login")).startsWith("aws codeartifact login --tool npm --endpoint-url http://127.0.0.1:8642");
        assertThat(lookup("#snippet-npm-copy").tryQuery()).isPresent();

        clickOn("#create-token");

        await(() -> !snippet("#snippet-npm").contains("<AUTH_TOKEN>"));
        String token = snippet("#snippet-npm").substring(snippet("#snippet-npm").lastIndexOf(' ') + 1);
        assertThat(f.backend.catalog().tokens().verify(token)).as("a token the server accepts").isPresent();
        assertThat(snippet("#snippet-pip")).contains("http://aws:" + token + "@127.0.0.1:8642/");

        clickOn("#snippet-pip-copy");
        assertThat(interactGet(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())).isEqualTo(snippet("#snippet-pip"));
    }

    private String snippet(String id) {
        return lookup(id).queryAs(javafx.scene.text.TextFlow.class).getChildren().stream()
                .map(n -> ((javafx.scene.text.Text) n).getText()).reduce("", String::concat);
    }

    private <T> T interactGet(Callable<T> read) throws Exception {
        CompletableFuture<T> value = new CompletableFuture<>();
        interact(() -> {
            try {
                value.complete(read.call());
            } catch (Exception e) {
                value.completeExceptionally(e);
            }
        });
        return value.get(5, TimeUnit.SECONDS);
    }

    /** The tree keeps recycled cells out of the scene: only a shown one can be clicked. */
    private void openMetadataCache() {
        await(() -> navLabel("Metadata cache").isPresent());
        clickOn(navLabel("Metadata cache").orElseThrow());
    }

    private java.util.Optional<Label> navLabel(String text) {
        return from(lookup("#navigation")).lookup((Label l) -> text.equals(l.getText()) && l.getScene() != null && l.isVisible())
                .tryQuery().map(Label.class::cast);
    }

    private boolean cell(String text) {
        return lookup("#listings-table").lookup((TableCell<?, ?> c) -> text.equals(c.getText()) && c.isVisible()).tryQuery().isPresent();
    }
}
