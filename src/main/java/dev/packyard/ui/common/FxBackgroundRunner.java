package dev.packyard.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on a small pool of daemon threads and delivers results with {@link Platform#runLater}. Once closed (the
 * window is gone) further work is dropped: timers and feeds may still fire for a moment, and nobody is left to see
 * their result.
 */
public final class FxBackgroundRunner implements BackgroundRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundRunner.class);

    private final ExecutorService executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** Work in flight; read and written on the FX thread only. */
    private int active;

    public FxBackgroundRunner() {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "packyard-ui-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        if (executor.isShutdown()) {
            LOG.debug("Dropped background work submitted after the console closed");
            return;
        }
        onUiThread(() -> changeActive(1));
        try {
            executor.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> {
                        changeActive(-1);
                        onSuccess.accept(result);
                    });
                } catch (Exception | Error e) {
                    Platform.runLater(() -> {
                        changeActive(-1);
                        onFailure.accept(e);
                    });
                }
            });
        } catch (RejectedExecutionException closedMeanwhile) {
            onUiThread(() -> changeActive(-1));
            LOG.debug("Dropped background work submitted while the console closed");
        }
    }

    private void changeActive(int delta) {
        active += delta;
        busy.set(active > 0);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** Stops the workers; work submitted afterwards is silently dropped. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
