package dev.packyard.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Runs service calls away from the FX thread and hands their outcome back on it, so the window never freezes.
 * ViewModel tests use a synchronous implementation, so their assertions run right after a command.
 */
public interface BackgroundRunner {
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the UI thread (for listeners called from other threads). */
    void onUiThread(Runnable action);

    /**
     * Runs {@code action} on the UI thread once {@code delay} has passed, unless it is cancelled before: a burst of
     * keystrokes then starts one search, after the typing pauses.
     */
    default Delayed later(Duration delay, Runnable action) {
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(() -> onUiThread(() -> {
            if (!cancelled.get()) {
                action.run();
            }
        }));
        return () -> cancelled.set(true);
    }

    /** True while work started here has not reported back yet; the status bar shows it. */
    ReadOnlyBooleanProperty busyProperty();

    /** An action waiting for its time; cancelling it after it ran does nothing. */
    @FunctionalInterface
    interface Delayed {
        void cancel();
    }
}
