package dev.packyard.ui.testing;

import dev.packyard.ui.common.BackgroundRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A runner the test drives: background work waits until the test finishes it (in any order, as threads would), and
 * delayed actions wait until the test lets their time pass. The test's thread plays the UI thread.
 */
public final class ManualRunner implements BackgroundRunner {
    private final List<Job<?>> jobs = new ArrayList<>();
    private final List<Timed> timed = new ArrayList<>();
    private Duration now = Duration.ZERO;

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        jobs.add(new Job<>(work, onSuccess, onFailure));
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    public Delayed later(Duration delay, Runnable action) {
        Timed t = new Timed(now.plus(delay), action);
        timed.add(t);
        return () -> timed.remove(t);
    }

    /** Lets time pass: runs the delayed actions that come due, in order. */
    public void advance(Duration d) {
        now = now.plus(d);
        List<Timed> due = timed.stream().filter(t -> t.at().compareTo(now) <= 0).sorted((a, b) -> a.at().compareTo(b.at())).toList();
        timed.removeAll(due);
        due.forEach(t -> t.action().run());
    }

    public int pendingWork() {
        return jobs.size();
    }

    /** Does the background work started {@code index}-th among those still pending and delivers its outcome. */
    public void finish(int index) {
        jobs.remove(index).complete();
    }

    /** Finishes every piece of pending work, oldest first, including work started by the outcomes. */
    public void finishAll() {
        for (int i = 0; i < 1000 && !jobs.isEmpty(); i++) {
            finish(0);
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return new ReadOnlyBooleanWrapper(!jobs.isEmpty()).getReadOnlyProperty();
    }

    private record Timed(Duration at, Runnable action) {
    }

    private record Job<T>(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        void complete() {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    }
}
