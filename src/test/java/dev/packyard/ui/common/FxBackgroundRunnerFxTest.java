package dev.packyard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class FxBackgroundRunnerFxTest extends FxRobot {
    private final FxBackgroundRunner runner = new FxBackgroundRunner();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void workRunsOffTheFxThreadAndItsResultArrivesOnIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean workedOnFxThread = new AtomicBoolean(true);
        AtomicBoolean resultOnFxThread = new AtomicBoolean(false);
        AtomicReference<String> result = new AtomicReference<>();

        interact(() -> runner.run(() -> {
            workedOnFxThread.set(Platform.isFxApplicationThread());
            release.await(5, TimeUnit.SECONDS);
            return "done";
        }, r -> {
            resultOnFxThread.set(Platform.isFxApplicationThread());
            result.set(r);
        }, e -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.busyProperty().get()).isTrue();

        release.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "done".equals(result.get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workedOnFxThread).isFalse();
        assertThat(resultOnFxThread).isTrue();
        assertThat(runner.busyProperty().get()).isFalse();
    }

    @Test
    void aFailureGoesToTheFailureHandler() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();

        interact(() -> runner.run(() -> {
            throw new IllegalStateException("disk full");
        }, r -> { }, failure::set));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> failure.get() != null);
        assertThat(failure.get()).hasMessage("disk full");
        assertThat(UserMessages.of(failure.get())).startsWith("Packyard could not finish this: disk full.");
    }

    @Test
    void workSubmittedAfterCloseIsDroppedWithoutAnError() throws Exception {
        AtomicBoolean ran = new AtomicBoolean(false);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        runner.close();

        interact(() -> runner.run(() -> {
            ran.set(true);
            return "late";
        }, r -> ran.set(true), failure::set));
        runner.run(() -> "from another thread", r -> ran.set(true), failure::set);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ran).isFalse();
        assertThat(failure.get()).isNull();
        assertThat(runner.busyProperty().get()).isFalse();
    }
}
