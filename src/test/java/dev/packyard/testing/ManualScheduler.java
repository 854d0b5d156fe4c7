package dev.packyard.testing;

import dev.packyard.tasks.DelayScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DelayScheduler} for tests: nothing runs by itself; moving the clock with {@link #advance} runs, on the
 * test's thread and in due order, every action whose due time has been reached.
 */
public final class ManualScheduler implements DelayScheduler {
    private static final int MAX_ACTIONS_PER_RUN = 10_000;

    private record Pending(Instant dueAt, long order, Runnable action) {
    }

    private final MutableClock clock;
    private final List<Pending> pending = new ArrayList<>();
    private long nextOrder;

    public ManualScheduler(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Scheduled schedule(Instant dueAt, Runnable action) {
        Pending p = new Pending(dueAt, nextOrder++, action);
        pending.add(p);
        return () -> {
            synchronized (this) {
                pending.remove(p);
            }
        };
    }

    /** Moves the clock forward and runs what became due. */
    public void advance(Duration d) {
        clock.advance(d);
        runDue();
    }

    /** Runs every action due at the clock's current time, including ones those actions schedule for now. */
    public void runDue() {
        for (int i = 0; i < MAX_ACTIONS_PER_RUN; i++) {
            Optional<Pending> next = takeNextDue();
            if (next.isEmpty()) {
                return;
            }
            next.get().action().run();
        }
        throw new IllegalStateException("More than " + MAX_ACTIONS_PER_RUN + " actions became due at once");
    }

    /** Due times of the actions still waiting, soonest first. */
    public synchronized List<Instant> dueTimes() {
        return pending.stream().sorted(order()).map(Pending::dueAt).toList();
    }

    private synchronized Optional<Pending> takeNextDue() {
        Instant now = clock.instant();
        Optional<Pending> next = pending.stream().filter(p -> !p.dueAt().isAfter(now)).min(order());
        next.ifPresent(pending::remove);
        return next;
    }

    private static Comparator<Pending> order() {
        return Comparator.comparing(Pending::dueAt).thenComparingLong(Pending::order);
    }
}
