package dev.packyard.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.TaskKind;
import dev.packyard.store.db.Database;
import dev.packyard.store.db.Jdbc;
import dev.packyard.store.tasks.JdbcTaskStore;
import dev.packyard.testing.ManualScheduler;
import dev.packyard.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskQueueTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.startingAt("2026-11-22T10:00:00Z");
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
    }

    private Database database;

    private TaskQueue queue(TaskQueueSettings settings) {
        return queue(settings, scheduler, null);
    }

    /** A queue on the test's database; several in turn stand for Packyard stopping and starting again. */
    private TaskQueue queue(TaskQueueSettings settings, DelayScheduler timer, DurableHandler<Note> notes) {
        if (database == null) {
            database = Database.file(dir.resolve("db"));
            closing.add(database);
        }
        TaskQueue queue = new TaskQueue(settings, clock, timer, new JdbcTaskStore(new Jdbc(database)));
        closing.add(queue);
        if (notes != null) {
            queue.registerDurable(TaskKind.PERSIST, Note.class, notes);
        }
        queue.start();
        return queue;
    }

    /** A durable payload; the queue only ever sees it as JSON and hands it back to the handler. */
    record Note(String text, Instant writtenAt) {
    }

    private static <T> TaskRequest<T> fetch(String key, TaskBody<T> body) {
        return new TaskRequest<>(TaskKind.FETCH, key, "Fetch " + key, body);
    }

    private static TaskSnapshot only(TaskQueue queue, String id) {
        return queue.find(id).orElseThrow();
    }

    @Test
    void neverRunsMoreThanTheConfiguredNumberAtOnce() throws Exception {
        TaskQueue queue = queue(TaskQueueSettings.DEFAULT.withMaxRunningPerKind(3));
        AtomicInteger runningNow = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch threeStarted = new CountDownLatch(3);
        CountDownLatch release = new CountDownLatch(1);
        String callerThread = Thread.currentThread().getName();
        List<String> bodyThreads = new CopyOnWriteArrayList<>();
        List<TaskHandle<Integer>> handles = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            handles.add(queue.submit(fetch("npm:d/r:pkg" + i + "@1.0.0", ctx -> {
                bodyThreads.add(Thread.currentThread().getName());
                mostAtOnce.accumulateAndGet(runningNow.incrementAndGet(), Math::max);
                threeStarted.countDown();
                release.await(10, TimeUnit.SECONDS);
                runningNow.decrementAndGet();
                return n;
            })));
        }
        assertThat(threeStarted.await(10, TimeUnit.SECONDS)).isTrue();

        List<TaskSnapshot> tasks = queue.snapshot();
        assertThat(tasks).filteredOn(t -> t.state() == TaskState.RUNNING).hasSize(3);
        assertThat(tasks).filteredOn(t -> t.state() == TaskState.QUEUED).hasSize(5);

        release.countDown();
        for (int i = 0; i < 8; i++) {
            assertThat(handles.get(i).result().get(10, TimeUnit.SECONDS)).isEqualTo(i);
        }
        assertThat(mostAtOnce.get()).isEqualTo(3);
        assertThat(bodyThreads).hasSize(8).doesNotContain(callerThread);
        assertThat(queue.history()).hasSize(8).allMatch(t -> t.state() == TaskState.SUCCEEDED && t.outcome().equals("Done"));
    }

    @Test
    void eachKindHasItsOwnSlotsSoDownloadsDoNotHoldUpOtherWork() throws Exception {
        TaskQueue queue = queue(TaskQueueSettings.DEFAULT.withMaxRunningPerKind(1));
        CountDownLatch release = new CountDownLatch(1);
        TaskHandle<String> download = queue.submit(fetch("npm:d/r:huge@1.0.0", ctx -> {
            release.await(10, TimeUnit.SECONDS);
            return "huge";
        }));
        TaskHandle<String> secondDownload = queue.submit(fetch("npm:d/r:other@1.0.0", ctx -> "other"));
        TaskHandle<String> probe = queue.submit(new TaskRequest<>(TaskKind.PROBE, "probe:npm", "Probe npm", c -> "up"));

        assertThat(probe.result().get(10, TimeUnit.SECONDS)).isEqualTo("up");
        assertThat(only(queue, secondDownload.id()).state()).isEqualTo(TaskState.QUEUED);
        release.countDown();
        assertThat(download.result().get(10, TimeUnit.SECONDS)).isEqualTo("huge");
        assertThat(secondDownload.result().get(10, TimeUnit.SECONDS)).isEqualTo("other");
    }

    @Test
    void reportsBytesAndARateMeasuredOnTheClock() throws Exception {
        TaskQueue queue = queue(TaskQueueSettings.DEFAULT);
        BlockingQueue<Long> chunks = new LinkedBlockingQueue<>();
        BlockingQueue<Long> reported = new LinkedBlockingQueue<>();
        TaskHandle<String> handle = queue.submit(fetch("npm:d/r:lodash@4.17.21", ctx -> {
            ctx.progress(0, 3000);
            reported.put(0L);
            for (int i = 0; i < 3; i++) {
                long chunk = chunks.poll(10, TimeUnit.SECONDS);
                ctx.addBytes(chunk);
                reported.put(chunk);
            }
            ctx.outcome("Fetched 3000 bytes");
            return "lodash-4.17.21.tgz";
        }));
        assertThat(reported.poll(10, TimeUnit.SECONDS)).isZero();
        assertThat(only(queue, handle.id()).progress()).isEqualTo(new TaskProgress(0, 3000, 0));

        clock.advance(Duration.ofSeconds(1));
        chunks.put(1000L);
        reported.poll(10, TimeUnit.SECONDS);
        TaskProgress afterOneSecond = only(queue, handle.id()).progress();
        assertThat(afterOneSecond.bytesDone()).isEqualTo(1000);
        assertThat(afterOneSecond.bytesPerSecond()).isEqualTo(1000.0);
        assertThat(afterOneSecond.fraction()).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));

        clock.advance(Duration.ofSeconds(2));
        chunks.put(1000L);
        reported.poll(10, TimeUnit.SECONDS);
        assertThat(only(queue, handle.id()).progress().bytesPerSecond()).isCloseTo(2000 / 3.0,
                org.assertj.core.data.Offset.offset(1e-6));

        // A stall longer than the window brings the rate down to nothing.
        clock.advance(Duration.ofSeconds(10));
        assertThat(only(queue, handle.id()).progress().bytesPerSecond()).isZero();

        chunks.put(1000L);
        assertThat(handle.result().get(10, TimeUnit.SECONDS)).isEqualTo("lodash-4.17.21.tgz");
        TaskSnapshot done = only(queue, handle.id());
        assertThat(done.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(done.progress().bytesDone()).isEqualTo(3000);
        assertThat(done.outcome()).isEqualTo("Fetched 3000 bytes");
        assertThat(done.startedAt()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
        assertThat(done.finishedAt()).isEqualTo(Instant.parse("2026-11-22T10:00:13Z"));
    }

    @Test
    void requestsForAKeyAlreadyRunningJoinItAndAreCounted() throws Exception {
        TaskQueue queue = queue(TaskQueueSettings.DEFAULT);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TaskBody<String> body = ctx -> {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            return "done";
        };
        TaskHandle<String> first = queue.submit(fetch("npm:d/r:lodash@4.17.21", body));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        TaskHandle<String> second = queue.submit(fetch("npm:d/r:lodash@4.17.21", body));
        TaskHandle<String> third = queue.submit(fetch("npm:d/r:lodash@4.17.21", body));
        TaskHandle<String> other = queue.submit(new TaskRequest<>(TaskKind.PROBE, "npm:d/r:lodash@4.17.21", "Probe", c -> "ok"));

        assertThat(first.joined()).isFalse();
        assertThat(second.joined()).isTrue();
        assertThat(third.id()).isEqualTo(first.id());
        assertThat(other.id()).as("another kind with the same key is another task").isNotEqualTo(first.id());
        assertThat(only(queue, first.id()).waiters()).isEqualTo(3);

        release.countDown();
        assertThat(third.result().get(10, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(only(queue, first.id()).waiters()).isEqualTo(3);
    }

    @Test
    void fiftyConcurrentRequestersShareOneExecution() throws Exception {
        TaskQueue queue = queue(TaskQueueSettings.DEFAULT);
        AtomicInteger executions = new AtomicInteger();
        CountDownLatch allSubmitted = new CountDownLatch(1);
        Object tarball = new Object();
        CountDownLatch ready = new CountDownLatch(50);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService requesters = Executors.newFixedThreadPool(50);
        try {
            List<CompletableFuture<TaskHandle<Object>>> submissions = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                submissions.add(CompletableFuture.supplyAsync(() -> {
                    ready.countDown();
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return queue.submit(fetch("npm:d/r:lodash@4.17.21", ctx -> {
                        executions.incrementAndGet();
                        allSubmitted.await(10, TimeUnit.SECONDS);
                        return tarball;
                    }));
                }, requesters));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<TaskHandle<Object>> handles = new ArrayList<>();
            for (CompletableFuture<TaskHandle<Object>> s : submissions) {
                handles.add(s.get(10, TimeUnit.SECONDS));
            }
            allSubmitted.countDown();

            for (TaskHandle<Object> h : handles) {
                assertThat(h.result().get(10, TimeUnit.SECONDS)).isSameAs(tarball);
            }
            assertThat(executions.get()).isEqualTo(1);
            assertThat(handles).extracting(TaskHandle::id).containsOnly(handles.get(0).id());
            assertThat(handles).filteredOn(h -> !h.joined()).hasSize(1);
            assertThat(queue.history()).singleElement().satisfies(t -> {
                assertThat(t.waiters()).isEqualTo(50);
                assertThat(t.attempts()).isEqualTo(1);
            });
        } finally {
            requesters.shutdownNow();
        }
    }

    @Test
    void cancellingARunningDownloadStopsItPromptly() throws Exception {
        TaskQueue queue = queue(TaskQueueSettings.DEFAULT);
        CountDownLatch downloading = new CountDownLatch(1);
        AtomicBoolean reachedTheEnd = new AtomicBoolean();
        TaskHandle<String> handle = queue.submit(fetch("npm:d/r:big@1.0.0", ctx -> {
            // Stands in for a blocking read: the cancel hook wakes it, like cancelling the HTTP call would.
            CountDownLatch connectionClosed = new CountDownLatch(1);
            ctx.cancellation().onCancel(connectionClosed::countDown);
            ctx.progress(4096, 1_000_000);
            downloading.countDown();
            connectionClosed.await(60, TimeUnit.SECONDS);
            ctx.throwIfCancelled();
            reachedTheEnd.set(true);
            return "big-1.0.0.tgz";
        }));
        assertThat(downloading.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(handle.cancel()).isTrue();

        assertThatThrownBy(() -> handle.result().get(5, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(reachedTheEnd).isFalse();
        TaskSnapshot t = only(queue, handle.id());
        assertThat(t.state()).isEqualTo(TaskState.CANCELLED);
        assertThat(t.progress().bytesDone()).isEqualTo(4096);
        assertThat(handle.cancel()).as("already finished").isFalse();
    }

    @Test
    void cancellingAQueuedTaskRemovesItBeforeItRuns() throws Exception {
        TaskQueue queue = queue(TaskQueueSettings.DEFAULT.withMaxRunningPerKind(1));
        CountDownLatch release = new CountDownLatch(1);
        TaskHandle<String> busy = queue.submit(fetch("npm:d/r:a@1.0.0", ctx -> {
            release.await(10, TimeUnit.SECONDS);
            return "a";
        }));
        AtomicBoolean ran = new AtomicBoolean();
        TaskHandle<String> waiting = queue.submit(fetch("npm:d/r:b@1.0.0", ctx -> {
            ran.set(true);
            return "b";
        }));
        assertThat(only(queue, waiting.id()).state()).isEqualTo(TaskState.QUEUED);

        assertThat(waiting.cancel()).isTrue();

        assertThatThrownBy(() -> waiting.result().get(5, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(only(queue, waiting.id()).state()).isEqualTo(TaskState.CANCELLED);
        release.countDown();
        assertThat(busy.result().get(10, TimeUnit.SECONDS)).isEqualTo("a");
        assertThat(queue.awaitIdle(WAIT)).isTrue();
        assertThat(ran).isFalse();
        assertThat(queue.snapshot()).noneMatch(t -> !t.state().finished());
    }

    @Test
    void retriesExactlyAtTheBackOffTimesAndGivesUpAfterTheLastAttempt() throws Exception {
        RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(10), Duration.ofSeconds(25));
        TaskQueue queue = queue(TaskQueueSettings.DEFAULT.withRetry(policy));
        Instant t0 = clock.instant();
        List<Instant> attemptTimes = new CopyOnWriteArrayList<>();
        TaskHandle<String> handle = queue.submit(fetch("npm:d/r:flaky@1.0.0", ctx -> {
            attemptTimes.add(clock.instant());
            throw new RetryableException("upstream timed out (attempt " + ctx.attempt() + ")");
        }));

        assertThat(queue.awaitIdle(WAIT)).isTrue();
        TaskSnapshot afterFirst = only(queue, handle.id());
        assertThat(afterFirst.state()).isEqualTo(TaskState.WAITING_RETRY);
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.dueAt()).isEqualTo(t0.plusSeconds(10));
        assertThat(afterFirst.lastError()).isEqualTo("upstream timed out (attempt 1)");

        expectAttemptsAfter(queue, Duration.ofSeconds(9), attemptTimes, 1);
        expectAttemptsAfter(queue, Duration.ofSeconds(1), attemptTimes, 2);
        assertThat(only(queue, handle.id()).dueAt()).isEqualTo(t0.plusSeconds(30));
        expectAttemptsAfter(queue, Duration.ofSeconds(19), attemptTimes, 2);
        expectAttemptsAfter(queue, Duration.ofSeconds(1), attemptTimes, 3);
        assertThat(only(queue, handle.id()).dueAt()).as("capped at 25 s").isEqualTo(t0.plusSeconds(55));
        expectAttemptsAfter(queue, Duration.ofSeconds(24), attemptTimes, 3);
        expectAttemptsAfter(queue, Duration.ofSeconds(1), attemptTimes, 4);

        assertThat(attemptTimes).containsExactly(t0, t0.plusSeconds(10), t0.plusSeconds(30), t0.plusSeconds(55));
        TaskSnapshot failed = only(queue, handle.id());
        assertThat(failed.state()).isEqualTo(TaskState.FAILED);
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(failed.lastError()).isEqualTo("upstream timed out (attempt 4)");
        assertThat(failed.outcome()).isEqualTo("Failed after 4 attempts: upstream timed out (attempt 4)");
        assertThatThrownBy(() -> handle.result().get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(RetryableException.class);
        scheduler.advance(Duration.ofHours(1));
        assertThat(attemptTimes).hasSize(4);
    }

    private void expectAttemptsAfter(TaskQueue queue, Duration step, List<Instant> attempts, int expected) throws Exception {
        scheduler.advance(step);
        assertThat(queue.awaitIdle(WAIT)).isTrue();
        assertThat(attempts).hasSize(expected);
    }

    @Test
    void aFailureThatWillNotPassIsNotRetried() throws Exception {
        TaskQueue queue = queue(TaskQueueSettings.DEFAULT);
        AtomicInteger attempts = new AtomicInteger();
        TaskHandle<String> handle = queue.submit(fetch("npm:d/r:broken@1.0.0", ctx -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("the tarball's checksum does not match");
        }));
        assertThatThrownBy(() -> handle.result().get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(attempts.get()).isEqualTo(1);
        assertThat(only(queue, handle.id()).outcome()).isEqualTo("Failed after 1 attempt: the tarball's checksum does not match");
    }

    @Test
    void aTaskSomeoneWaitsOnFailsAtOnceInsteadOfRetryingBehindTheirBack() throws Exception {
        TaskQueue queue = queue(TaskQueueSettings.DEFAULT);
        AtomicInteger attempts = new AtomicInteger();
        TaskHandle<String> handle = queue.submit(TaskRequest.once(TaskKind.FETCH, "npm:d/r:reset@1.0.0", "Fetch reset", ctx -> {
            attempts.incrementAndGet();
            throw new java.io.IOException("connection reset");
        }));
        assertThatThrownBy(() -> handle.result().get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(java.io.IOException.class);
        assertThat(attempts.get()).isEqualTo(1);
        assertThat(only(queue, handle.id()).state()).isEqualTo(TaskState.FAILED);
    }

    @Test
    void aFailedTaskIsRetriedOnDemandOnceAsANewTaskThatRunsItsBodyAgain() throws Exception {
        TaskQueue queue = queue(TaskQueueSettings.DEFAULT);
        AtomicInteger attempts = new AtomicInteger();
        TaskHandle<String> handle = queue.submit(TaskRequest.once(TaskKind.FETCH, "npm:d/r:flaky@1.0.0", "Fetch flaky", ctx -> {
            if (attempts.incrementAndGet() == 1) {
                throw new java.io.IOException("HTTP 503 from the registry");
            }
            ctx.outcome("fetched on attempt " + attempts.get());
            return "flaky";
        }));
        assertThatThrownBy(() -> handle.result().get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(java.io.IOException.class);
        assertThat(queue.retryable()).containsExactly(handle.id());

        TaskHandle<Object> again = queue.retry(handle.id()).orElseThrow();

        assertThat(again.result().get(5, TimeUnit.SECONDS)).isEqualTo("flaky");
        assertThat(again.id()).isNotEqualTo(handle.id());
        assertThat(only(queue, again.id()).outcome()).isEqualTo("fetched on attempt 2");
        assertThat(only(queue, handle.id()).state()).as("the failed run stays in the history as it ended").isEqualTo(TaskState.FAILED);
        assertThat(queue.retryable()).isEmpty();
        assertThat(queue.retry(handle.id())).as("a failure is retried once").isEmpty();
        assertThat(queue.retry(again.id())).as("a task that did not fail").isEmpty();
    }

    @Test
    void aFailedTaskThatLeftTheHistoryCanNoLongerBeRetried() throws Exception {
        TaskQueue queue = queue(new TaskQueueSettings(2, RetryPolicy.DEFAULT, 2, Duration.ofSeconds(5)));
        TaskHandle<String> failed = queue.submit(TaskRequest.once(TaskKind.FETCH, "npm:d/r:gone@1.0.0", "Fetch gone", ctx -> {
            throw new java.io.IOException("connection reset");
        }));
        assertThatThrownBy(() -> failed.result().get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(java.io.IOException.class);
        for (int i = 0; i < 2; i++) {
            queue.submit(fetch("npm:d/r:ok" + i + "@1.0.0", c -> "ok")).result().get(5, TimeUnit.SECONDS);
        }

        assertThat(queue.retryable()).isEmpty();
        assertThat(queue.retry(failed.id())).isEmpty();
    }

    @Test
    void aScheduledTaskStartsWhenTheClockReachesItsDueTime() throws Exception {
        TaskQueue queue = queue(TaskQueueSettings.DEFAULT);
        Instant due = clock.instant().plus(Duration.ofMinutes(5));
        TaskHandle<String> handle = queue.submitAt(new TaskRequest<>(TaskKind.PROBE, "probe:npm", "Probe npm", c -> "up"), due);
        assertThat(only(queue, handle.id()).state()).isEqualTo(TaskState.SCHEDULED);
        assertThat(only(queue, handle.id()).dueAt()).isEqualTo(due);

        scheduler.advance(Duration.ofMinutes(4));
        assertThat(handle.result()).isNotDone();

        scheduler.advance(Duration.ofMinutes(1));
        assertThat(handle.result().get(10, TimeUnit.SECONDS)).isEqualTo("up");
    }

    @Test
    void listenersAreCalledWithoutTheQueueLockHeld() throws Exception {
        TaskQueue queue = queue(TaskQueueSettings.DEFAULT);
        ExecutorService other = Executors.newSingleThreadExecutor();
        List<TaskState> seen = new CopyOnWriteArrayList<>();
        try {
            queue.addListener(snapshot -> {
                // Another thread reading the queue would block forever if this ran under the queue's lock.
                try {
                    other.submit(queue::snapshot).get(5, TimeUnit.SECONDS);
                    seen.add(snapshot.state());
                } catch (Exception e) {
                    throw new IllegalStateException("listener could not read the queue", e);
                }
            });
            TaskHandle<String> handle = queue.submit(fetch("npm:d/r:x@1.0.0", c -> "x"));
            handle.result().get(10, TimeUnit.SECONDS);
            assertThat(queue.awaitIdle(WAIT)).isTrue();
            assertThat(seen).contains(TaskState.QUEUED, TaskState.RUNNING, TaskState.SUCCEEDED);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void keepsABoundedHistoryOfOutcomes() throws Exception {
        TaskQueue queue = queue(new TaskQueueSettings(2, RetryPolicy.DEFAULT, 3, Duration.ofSeconds(5)));
        for (int i = 0; i < 5; i++) {
            int n = i;
            queue.submit(fetch("npm:d/r:p" + i + "@1.0.0", c -> {
                c.outcome("fetched p" + n);
                return n;
            })).result().get(10, TimeUnit.SECONDS);
        }
        assertThat(queue.history()).extracting(TaskSnapshot::outcome).containsExactly("fetched p4", "fetched p3", "fetched p2");
    }

    @Test
    void closingEndsWaitingRequestsAndRefusesNewOnes() throws Exception {
        TaskQueue queue = queue(TaskQueueSettings.DEFAULT);
        CountDownLatch started = new CountDownLatch(1);
        TaskHandle<String> running = queue.submit(fetch("npm:d/r:slow@1.0.0", ctx -> {
            started.countDown();
            new CountDownLatch(1).await(60, TimeUnit.SECONDS);
            return "slow";
        }));
        TaskHandle<String> later = queue.submitAt(fetch("npm:d/r:later@1.0.0", c -> "later"),
                clock.instant().plusSeconds(60));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        queue.close();

        assertThatThrownBy(() -> running.result().get(5, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> later.result().get(5, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> queue.submit(fetch("npm:d/r:new@1.0.0", c -> "new")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stopped");
    }

    @Test
    void aDurableTaskThatFailedAnAttemptResumesItsBackOffAfterARestart() throws Exception {
        TaskQueueSettings settings = TaskQueueSettings.DEFAULT.withRetry(new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(5)));
        Instant t0 = clock.instant();
        List<String> seen = new CopyOnWriteArrayList<>();
        TaskQueue before = queue(settings, scheduler, (note, ctx) -> {
            seen.add(note.text());
            throw new RetryableException("disk busy");
        });
        TaskHandle<String> handle = before.submitDurable(TaskKind.PERSIST, "note:1", "Write note 1", new Note("hello", t0), t0);
        assertThat(before.awaitIdle(WAIT)).isTrue();
        assertThat(only(before, handle.id()).state()).isEqualTo(TaskState.WAITING_RETRY);
        before.close();
        assertThatThrownBy(() -> handle.result().get(5, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);

        clock.advance(Duration.ofSeconds(30));
        ManualScheduler timerAfterRestart = new ManualScheduler(clock);
        TaskQueue after = queue(settings, timerAfterRestart, (note, ctx) -> {
            seen.add(note.text() + " again at " + clock.instant());
            return "written";
        });
        TaskSnapshot resumed = only(after, handle.id());
        assertThat(resumed.state()).isEqualTo(TaskState.WAITING_RETRY);
        assertThat(resumed.attempts()).isEqualTo(1);
        assertThat(resumed.lastError()).isEqualTo("disk busy");
        assertThat(resumed.dueAt()).isEqualTo(t0.plus(Duration.ofMinutes(1)));
        assertThat(after.pending(TaskKind.PERSIST, Note.class)).containsExactly(new Note("hello", t0));

        timerAfterRestart.advance(Duration.ofSeconds(30));
        assertThat(after.awaitIdle(WAIT)).isTrue();

        assertThat(seen).containsExactly("hello", "hello again at " + t0.plus(Duration.ofMinutes(1)));
        TaskSnapshot done = only(after, handle.id());
        assertThat(done.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.outcome()).isEqualTo("written");
        after.close();
        assertThat(queue(settings, new ManualScheduler(clock), (note, ctx) -> "again").snapshot()).isEmpty();
    }

    @Test
    void stoppingInterruptsARunningDurableTaskAndTheNextStartRunsItAgain() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        TaskQueue before = queue(TaskQueueSettings.DEFAULT, scheduler, (note, ctx) -> {
            started.countDown();
            try {
                new CountDownLatch(1).await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw e;
            }
            return "never";
        });
        before.submitDurable(TaskKind.PERSIST, "note:2", "Write note 2", new Note("stubborn", clock.instant()), clock.instant());
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        before.close();
        assertThat(interrupted).isTrue();

        TaskQueue after = queue(TaskQueueSettings.DEFAULT, new ManualScheduler(clock), (note, ctx) -> "wrote " + note.text());
        assertThat(after.awaitIdle(WAIT)).isTrue();
        assertThat(after.history()).singleElement().satisfies(t -> assertThat(t.outcome()).isEqualTo("wrote stubborn"));
    }

    @Test
    void aCancelledDurableTaskIsNotResumed() throws Exception {
        TaskQueue before = queue(TaskQueueSettings.DEFAULT, scheduler, (note, ctx) -> "ran");
        TaskHandle<String> handle = before.submitDurable(TaskKind.PERSIST, "note:3", "Write note 3",
                new Note("later", clock.instant()), clock.instant().plus(Duration.ofMinutes(3)));
        assertThat(before.pending(TaskKind.PERSIST, Note.class)).hasSize(1);

        assertThat(handle.cancel()).isTrue();
        assertThat(before.pending(TaskKind.PERSIST, Note.class)).isEmpty();
        before.close();

        TaskQueue after = queue(TaskQueueSettings.DEFAULT, new ManualScheduler(clock), (note, ctx) -> "ran");
        assertThat(after.snapshot()).isEmpty();
    }

    @Test
    void aDurableTaskNeedsAHandlerForItsPayload() {
        TaskQueue queue = queue(TaskQueueSettings.DEFAULT);
        assertThatThrownBy(() -> queue.submitDurable(TaskKind.PERSIST, "k", "t", new Note("x", clock.instant()), clock.instant()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("No handler is registered for PERSIST");
        assertThatThrownBy(() -> queue.submit(new TaskRequest<>(TaskKind.PERSIST, "k", "t", c -> "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("durable");
    }
}
