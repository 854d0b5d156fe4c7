package dev.packyard.bench;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Small helpers for driving the JavaFX thread from a benchmark's main thread. */
final class Fx {
    private Fx() {
    }

    static void start() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Platform.setImplicitExit(false);
        Platform.startup(started::countDown);
        started.await();
    }

    static <T> T call(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("FX call failed: " + e, e);
        }
    }

    /** Polls the condition on the FX thread every 2 ms; returns the milliseconds from {@code startNanos} to true. */
    static double awaitMillis(long startNanos, Duration timeout, Callable<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (call(condition)) {
                return (System.nanoTime() - startNanos) / 1e6;
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("the window did not reach the expected state within " + timeout);
    }
}
