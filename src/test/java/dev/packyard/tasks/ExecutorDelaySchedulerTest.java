package dev.packyard.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ExecutorDelaySchedulerTest {
    @Test
    void runsActionsInDueOrderWithWaitsShortenedByTheTimeScale() throws Exception {
        Clock clock = Clock.systemUTC();
        // 3 600× faster: an hour of due time passes in one second of real time.
        try (ExecutorDelayScheduler timer = new ExecutorDelayScheduler(clock, 3600)) {
            Instant now = clock.instant();
            List<String> ran = new CopyOnWriteArrayList<>();
            CountDownLatch last = new CountDownLatch(1);
            timer.schedule(now.plus(Duration.ofMinutes(40)), () -> {
                ran.add("third");
                last.countDown();
            });
            timer.schedule(now.plus(Duration.ofMinutes(20)), () -> ran.add("second"));
            DelayScheduler.Scheduled cancelled = timer.schedule(now.plus(Duration.ofMinutes(10)), () -> ran.add("cancelled"));
            timer.schedule(now.minus(Duration.ofMinutes(1)), () -> ran.add("overdue"));
            cancelled.cancel();

            assertThat(last.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(ran).containsExactly("overdue", "second", "third");
        }
    }

    @Test
    void refusesATimeScaleThatIsNotPositive() {
        assertThatThrownBy(() -> new ExecutorDelayScheduler(Clock.systemUTC(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }
}
