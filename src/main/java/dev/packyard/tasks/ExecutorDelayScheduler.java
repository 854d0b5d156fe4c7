package dev.packyard.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real timer: one daemon thread that waits until an action is due. With a time scale above 1 every wait is
 * that many times shorter, which is how the offline demo makes minutes pass in seconds.
 */
public final class ExecutorDelayScheduler implements DelayScheduler {
    private final Clock clock;
    private final double timeScale;
    private final ScheduledExecutorService timer;

    public ExecutorDelayScheduler(Clock clock, double timeScale) {
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("time scale must be a positive number, was " + timeScale);
        }
        this.clock = clock;
        this.timeScale = timeScale;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "packyard-task-timer");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public Scheduled schedule(Instant dueAt, Runnable action) {
        long nanos = Math.max(0, Duration.between(clock.instant(), dueAt).toNanos());
        ScheduledFuture<?> future = timer.schedule(action, (long) (nanos / timeScale), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
