package dev.packyard.app;

import static org.assertj.core.api.Assertions.assertThat;
import dev.packyard.service.packages.PackageQuery;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSummary;
import dev.packyard.testing.ManualScheduler;
import dev.packyard.testing.MutableClock;
import dev.packyard.ui.common.FxBackgroundRunner;
import dev.packyard.ui.main.ConsoleWindow;
import dev.packyard.ui.testing.FxWaits;
import dev.packyard.upstream.timing.TimingProfile;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The console as a newcomer starts it: no --demo, an empty data directory, the welcome screen's "Start the offline
 * demo". The demo must then run at its 60×, as --demo does: a fetched version is visible 3 s of clock time later.
 */
class WelcomeDemoFxTest extends FxRobot {
    @TempDir
    Path dir;
    MutableClock clock = MutableClock.startingAt("2026-11-01T10:00:00Z");
    ManualScheduler scheduler = new ManualScheduler(clock);
    PackyardRuntime runtime;
    FxBackgroundRunner runner;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (runner != null) {
            runner.close();
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    private void open(Double timeScale) throws TimeoutException {
        runtime = PackyardRuntime.start(new PackyardRuntime.Options(dir, "us-east-1", TimingProfile.codeartifact(), timeScale,
                Map.of(), false, "127.0.0.1", 0, true), clock, Optional.of(scheduler));
        runner = new FxBackgroundRunner();
        Stage stage = FxToolkit.registerStage(Stage::new);
        interact(() -> ConsoleWindow.show(stage, new ConsoleWiring(runtime, "127.0.0.1").context(), runner));
        await(() -> lookup("#welcome-start-demo").tryQuery().isPresent());
    }

    private static void await(Callable<Boolean> condition) {
        FxWaits.await(20, condition);
    }

    private List<String> appPackages() {
        return runtime.backend().catalog().packages().list(PackageQuery.in(null, "demo", "app")).items().stream()
                .map(p -> p.coordinate().name()).toList();
    }

    private void fetchTreeTop() throws Exception {
        runtime.fetch().engine().deliver(runtime.backend().catalog().repositories().describe(null, "demo", "app"),
                PackageCoordinate.of(PackageFormat.NPM, null, "tree-top"), "1.0.0", "tree-top-1.0.0.tgz",
                (file, source) -> OutputStream.nullOutputStream());
        assertThat(runtime.backend().tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
    }

    @Test
    void theDemoStartedFromTheWelcomeScreenMakesAFetchedVersionVisibleWithinFiveSecondsAndSettingsSaysSo() throws Exception {
        open(null);
        assertThat(runtime.fetch().timing().timeScale()).isEqualTo(1);

        clickOn("#welcome-start-demo");
        await(() -> lookup("#domains-screen").tryQuery().isPresent());
        fetchTreeTop();

        await(() -> lookup("#task-strip-detail").queryAs(Label.class).getText().endsWith("(in 3 s)"));
        assertThat(appPackages()).doesNotContain("tree-top");
        scheduler.advance(Duration.ofSeconds(5));
        assertThat(runtime.backend().tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        assertThat(appPackages()).contains("tree-top");

        clickOn("#toolbar-settings");
        await(() -> lookup("#settings-timing-profile").tryQuery().isPresent());
        assertThat(lookup("#settings-timing-profile").queryAs(Label.class).getText()).isEqualTo("codeartifact at 60× speed");
    }

    @Test
    void aTimeScaleChosenOnTheCommandLineIsKeptWhenTheDemoStarts() throws Exception {
        open(2.0);

        clickOn("#welcome-start-demo");
        await(() -> lookup("#domains-screen").tryQuery().isPresent());
        fetchTreeTop();

        assertThat(runtime.fetch().timing().timeScale()).isEqualTo(2);
        scheduler.advance(Duration.ofSeconds(5));
        assertThat(appPackages()).doesNotContain("tree-top");
        scheduler.advance(Duration.ofSeconds(90));
        assertThat(runtime.backend().tasks().queue().awaitIdle(Duration.ofSeconds(20))).isTrue();
        assertThat(appPackages()).contains("tree-top");
    }
}
