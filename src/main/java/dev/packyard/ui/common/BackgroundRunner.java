package dev.packyard.ui.common;

import java.util.concurrent.Callable;
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

    /** True while work started here has not reported back yet; the status bar shows it. */
    ReadOnlyBooleanProperty busyProperty();
}
