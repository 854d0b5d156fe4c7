package dev.packyard.ui.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting for a window to reach a state, for the TestFX tests: the condition polled, then the FX queue drained. */
public final class FxWaits {
    private FxWaits() {
    }

    public static void await(int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not reach the expected state in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
