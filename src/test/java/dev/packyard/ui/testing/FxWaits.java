package dev.packyard.ui.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.control.Labeled;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting for a window to reach a state, for the TestFX tests: the condition polled, then the FX queue drained. */
public final class FxWaits {
    private FxWaits() {
    }

    public static void await(int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not reach the expected state in time; it shows: " + visibleTexts(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What a person would read in the open windows, so a timed-out wait says what was there instead. */
    private static String visibleTexts() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                    .filter(w -> w.getScene() != null)
                    .flatMap(w -> w.getScene().getRoot().lookupAll("*").stream())
                    .filter(n -> n instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isBlank())
                    .map(n -> ((Labeled) n).getText()).distinct().collect(Collectors.joining(" | "))).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            return "(the window could not be read: " + e + ")";
        }
    }
}
