package dev.packyard.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Cooperative cancellation of one task. Bodies poll {@link #throwIfCancelled()} between chunks of work; code
 * blocked in I/O registers a hook (for example the HTTP call's cancel) so it is woken at once.
 */
public final class CancellationToken {
    private final List<Runnable> hooks = new ArrayList<>();
    private boolean cancelled;

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    public void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("The task was cancelled");
        }
    }

    /** Runs the hook when the task is cancelled, or at once if it already is. */
    public void onCancel(Runnable hook) {
        synchronized (this) {
            if (!cancelled) {
                hooks.add(hook);
                return;
            }
        }
        hook.run();
    }

    /** Marks the token cancelled and runs the hooks (outside the token's monitor, so hooks may call back in). */
    void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(hooks);
            hooks.clear();
        }
        toRun.forEach(Runnable::run);
    }
}
