package dev.packyard.ui.testing;

import dev.packyard.ui.common.BackgroundRunner;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Runs "background" work at once on the calling thread, so a ViewModel test can assert right after a command. */
public final class SynchronousRunner implements BackgroundRunner {
    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    /** One at a time, as on the one UI thread: listeners of live feeds call this from several worker threads. */
    @Override
    public synchronized void onUiThread(Runnable action) {
        action.run();
    }

    /** No time passes in these tests: a delayed action runs at once. */
    @Override
    public Delayed later(Duration delay, Runnable action) {
        action.run();
        return () -> { };
    }

    /** Never busy between calls: each piece of work is finished before {@link #run} returns. */
    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
    }
}
