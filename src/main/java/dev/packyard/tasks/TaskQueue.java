package dev.packyard.tasks;

import dev.packyard.model.TaskKind;
import dev.packyard.service.persistence.TaskStore;
import dev.packyard.service.persistence.TaskStore.StoredTask;
import dev.packyard.service.scheduling.DurableScheduler;
import dev.packyard.service.scheduling.DurableWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background task queue. At most {@code maxRunningPerKind} tasks of each kind run at once on the queue's own threads; requests
 * with the same kind and key share one execution; tasks can be delayed, cancelled and retried with back-off; the
 * durable kinds are kept in the {@link TaskStore} until they finish, and {@link #start()} resumes them.
 *
 * <p>All state changes happen under one lock. Listener calls, future completions and cancellation hooks are
 * collected while it is held and run after it is released, so none of them can deadlock against the queue.
 */
public final class TaskQueue implements DurableScheduler, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TaskQueue.class);
    /** Progress events are coalesced to one per interval of clock time; snapshots always show the latest bytes. */
    private static final Duration PROGRESS_EVENT_INTERVAL = Duration.ofMillis(100);
    private static final Duration COOPERATIVE_STOP_GRACE = Duration.ofSeconds(2);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final TaskQueueSettings settings;
    private final Clock clock;
    private final DelayScheduler scheduler;
    private final TaskStore store;
    private final DurableHandlers handlers = new DurableHandlers();
    private final ThreadPoolExecutor executor;
    private final List<TaskListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong revisions = new AtomicLong();

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private final Map<String, QueuedTask> active = new LinkedHashMap<>();
    private final Map<String, QueuedTask> bySlot = new HashMap<>();
    private final Lanes lanes;
    private final ArrayDeque<TaskSnapshot> history = new ArrayDeque<>();
    /** Failed tasks still in the history, by id, with the body a user's Retry runs again. */
    private final Map<String, QueuedTask> failedRetryable = new LinkedHashMap<>();
    private boolean started;
    private boolean stopping;

    public TaskQueue(TaskQueueSettings settings, Clock clock, DelayScheduler scheduler, TaskStore store) {
        this.settings = settings;
        this.clock = clock;
        this.scheduler = scheduler;
        this.store = store;
        this.lanes = new Lanes(settings.maxRunningPerKind());
        AtomicInteger threadNumber = new AtomicInteger();
        // Admission is decided by the lanes, so the pool has a thread for every slot and never holds a backlog.
        int threads = settings.maxRunningPerKind() * TaskKind.values().length;
        this.executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread t = new Thread(runnable, "packyard-task-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.executor.allowCoreThreadTimeOut(true);
    }

    public TaskQueueSettings settings() {
        return settings;
    }

    /** Declares how durable tasks of a kind are run. Register every durable kind before {@link #start()}. */
    public <P> void registerDurable(TaskKind kind, Class<P> payloadType, DurableHandler<P> handler) {
        handlers.register(kind, payloadType, handler);
    }

    /**
     * Resumes the durable tasks left unfinished by the previous run: those already due are queued at once, the
     * others are scheduled for their due time. A stored task whose kind has no handler is left in the store.
     */
    public void start() {
        List<StoredTask> stored = store.loadAll();
        withLock(effects -> {
            if (started || stopping) {
                return null;
            }
            started = true;
            for (StoredTask t : stored) {
                if (active.containsKey(t.id())) {
                    continue;
                }
                if (handlers.payloadType(t.kind()).isEmpty()) {
                    LOG.warn("Stored task {} ({}) has no handler in this version; it stays stored", t.id(), t.kind());
                    continue;
                }
                Object payload;
                try {
                    payload = handlers.decode(t.kind(), t.payloadJson());
                } catch (IllegalArgumentException e) {
                    LOG.warn("Stored task {} cannot be resumed: {}", t.id(), e.getMessage());
                    continue;
                }
                QueuedTask e = new QueuedTask(t.id(), t.kind(), t.key(), t.title(), handlers.body(t.kind(), payload), payload,
                        t.createdAt(), settings.rateWindow());
                e.attempts = t.attempts();
                e.lastError = t.lastError();
                place(e, t.dueAt(), effects);
            }
            return null;
        });
    }

    /** Runs the task as soon as a slot is free, or joins the unfinished task of the same kind and key. */
    public <T> TaskHandle<T> submit(TaskRequest<T> request) {
        return submitAt(request, null);
    }

    /** Like {@link #submit} but the task does not start before {@code dueAt} (null or past: at once). */
    public <T> TaskHandle<T> submitAt(TaskRequest<T> request, Instant dueAt) {
        if (request.kind().durable()) {
            throw new IllegalArgumentException(request.kind() + " tasks are durable: use submitDurable with a payload");
        }
        return enqueue(request.kind(), request.key(), request.title(), request.body(), null, dueAt, request.retried());
    }

    /**
     * Stores a durable task and runs it at {@code dueAt} with the handler registered for its kind; joins the
     * unfinished task of the same kind and key instead if there is one.
     */
    public TaskHandle<String> submitDurable(TaskKind kind, String key, String title, Object payload, Instant dueAt) {
        return enqueue(kind, key, title, handlers.body(kind, payload), payload, dueAt, true);
    }

    @Override
    public void schedule(DurableWork work) {
        submitDurable(work.kind(), work.key(), work.title(), work.payload(), work.dueAt());
    }

    @Override
    public <P> List<P> pending(TaskKind kind, Class<P> payloadType) {
        return withLock(effects -> active.values().stream()
                .filter(e -> e.kind == kind && payloadType.isInstance(e.payload) && !e.cancelRequested)
                .sorted(Comparator.comparing((QueuedTask e) -> e.dueAt == null ? e.createdAt : e.dueAt))
                .map(e -> payloadType.cast(e.payload))
                .toList());
    }

    /**
     * Cancels a task: a queued or scheduled one is removed at once; a running one is asked to stop (its token is
     * cancelled) and ends as CANCELLED when its body returns. False if the task is unknown or already finished.
     */
    public boolean cancel(String id) {
        return withLock(effects -> {
            QueuedTask e = active.get(id);
            if (e == null) {
                return false;
            }
            switch (e.state) {
                case QUEUED -> {
                    lanes.remove(e);
                    finish(e, TaskState.CANCELLED, "Cancelled before it started", null, cancelled(e), effects);
                }
                case SCHEDULED, WAITING_RETRY -> {
                    cancelDelay(e);
                    finish(e, TaskState.CANCELLED, "Cancelled before it started", null, cancelled(e), effects);
                }
                case RUNNING -> {
                    if (!e.cancelRequested) {
                        e.cancelRequested = true;
                        // New requests for the same key start afresh instead of joining a task that is stopping.
                        bySlot.remove(e.slot(), e);
                        effects.add(e.token::cancel);
                        changed(e, effects);
                    }
                }
                default -> {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * Runs a failed task again as a new task of the same kind, key and title (a durable one is stored again), when
     * it is still in the history. Empty when the task is unknown, did not fail, or was already retried.
     */
    public Optional<TaskHandle<Object>> retry(String id) {
        QueuedTask failed = withLock(effects -> failedRetryable.remove(id));
        if (failed == null) {
            return Optional.empty();
        }
        return Optional.of(enqueue(failed.kind, failed.key, failed.title, failed.body, failed.payload, null, failed.retried));
    }

    /** The ids of the failed tasks {@link #retry} can run again. */
    public Set<String> retryable() {
        return withLock(effects -> Set.copyOf(failedRetryable.keySet()));
    }

    /** Unfinished tasks in submission order, then finished ones newest first (at most the history size). */
    public List<TaskSnapshot> snapshot() {
        return withLock(effects -> {
            Instant now = clock.instant();
            List<TaskSnapshot> out = new ArrayList<>(active.size() + history.size());
            active.values().forEach(e -> out.add(e.snapshot(now, revisions.get())));
            history.descendingIterator().forEachRemaining(out::add);
            return out;
        });
    }

    /** Finished tasks with their outcome, newest first. */
    public List<TaskSnapshot> history() {
        return withLock(effects -> {
            List<TaskSnapshot> out = new ArrayList<>(history.size());
            history.descendingIterator().forEachRemaining(out::add);
            return out;
        });
    }

    /** The task as it is now, or as it finished if it is still in the history. */
    public Optional<TaskSnapshot> find(String id) {
        return snapshot().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public void addListener(TaskListener listener) {
        listeners.add(listener);
    }

    public void removeListener(TaskListener listener) {
        listeners.remove(listener);
    }

    /**
     * Waits until nothing is queued or running (scheduled tasks and retries not yet due do not count).
     * False if that did not happen within the timeout.
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (!isIdle()) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = idle.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops the queue: waiting tasks are dropped; running ones are cancelled, and interrupted if they have not ended
     * after a short grace period. Unfinished durable tasks stay in the store, so the next {@link #start()} resumes
     * them. Every requester still waiting gets a CancellationException.
     */
    @Override
    public void close() {
        withLock(effects -> {
            if (stopping) {
                return null;
            }
            stopping = true;
            for (QueuedTask e : List.copyOf(active.values())) {
                if (e.state == TaskState.RUNNING) {
                    effects.add(e.token::cancel);
                } else {
                    cancelDelay(e);
                    lanes.remove(e);
                    finish(e, TaskState.CANCELLED, stoppedOutcome(e), null, stopped(), effects);
                }
            }
            return null;
        });
        // Bodies that honour their cancellation token end on their own; the others are interrupted after a grace
        // period, so quick work such as a database write is not cut off half-way.
        executor.shutdown();
        try {
            if (!executor.awaitTermination(COOPERATIVE_STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                if (!executor.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("Some tasks did not stop within {}", STOP_GRACE);
                }
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        // Whatever did not get to run, or has not returned within the grace period, ends here for its requesters.
        withLock(effects -> {
            for (QueuedTask e : List.copyOf(active.values())) {
                finish(e, TaskState.CANCELLED, stoppedOutcome(e), null, stopped(), effects);
            }
            lanes.clear();
            return null;
        });
    }

    // ---- called by TaskContext from a running body ----

    void progress(QueuedTask e, long bytesDone, long bytesTotal) {
        withLock(effects -> {
            recordProgress(e, bytesDone, bytesTotal, effects);
            return null;
        });
    }

    void addBytes(QueuedTask e, long bytes) {
        withLock(effects -> {
            recordProgress(e, e.meter.bytesDone() + bytes, -1, effects);
            return null;
        });
    }

    void outcome(QueuedTask e, String message) {
        withLock(effects -> {
            e.outcome = message;
            return null;
        });
    }

    // ---- internals ----

    private <T> TaskHandle<T> enqueue(TaskKind kind, String key, String title, TaskBody<?> body, Object payload,
                                      Instant dueAt, boolean retried) {
        return withLock(effects -> {
            if (stopping) {
                throw new IllegalStateException("The task queue has stopped; " + title + " was not started");
            }
            CompletableFuture<Object> result = new CompletableFuture<>();
            QueuedTask existing = bySlot.get(QueuedTask.slot(kind, key));
            if (existing != null) {
                existing.waiters.add(result);
                changed(existing, effects);
                return handle(existing, true, result);
            }
            Instant now = clock.instant();
            QueuedTask e = new QueuedTask(UUID.randomUUID().toString(), kind, key, title, body, payload, now,
                    settings.rateWindow());
            e.retried = retried;
            if (payload != null) {
                // Stored first: if that fails nothing is queued and the caller learns the work was not accepted.
                store.insert(new StoredTask(e.id, kind, key, title, handlers.encode(payload), now,
                        dueAt == null ? now : dueAt, 0, null));
            }
            e.waiters.add(result);
            place(e, dueAt, effects);
            return handle(e, false, result);
        });
    }

    @SuppressWarnings("unchecked")
    private <T> TaskHandle<T> handle(QueuedTask e, boolean joined, CompletableFuture<Object> result) {
        return new TaskHandle<>(this, e.id, e.kind, e.key, joined, (CompletableFuture<T>) (CompletableFuture<?>) result);
    }

    /** Makes a new entry known and queues it now or schedules it for its due time. */
    private void place(QueuedTask e, Instant dueAt, List<Runnable> effects) {
        active.put(e.id, e);
        bySlot.put(e.slot(), e);
        if (dueAt == null || !dueAt.isAfter(clock.instant())) {
            e.state = TaskState.QUEUED;
            lanes.add(e);
        } else {
            e.state = e.attempts > 0 ? TaskState.WAITING_RETRY : TaskState.SCHEDULED;
            e.dueAt = dueAt;
            e.delay = scheduler.schedule(dueAt, () -> becomeDue(e));
        }
        changed(e, effects);
        dispatch(effects);
    }

    private void becomeDue(QueuedTask e) {
        withLock(effects -> {
            if (stopping || active.get(e.id) != e
                    || (e.state != TaskState.SCHEDULED && e.state != TaskState.WAITING_RETRY)) {
                return null;
            }
            e.delay = null;
            e.state = TaskState.QUEUED;
            lanes.add(e);
            changed(e, effects);
            dispatch(effects);
            return null;
        });
    }

    private void dispatch(List<Runnable> effects) {
        while (!stopping) {
            QueuedTask e = lanes.startNext();
            if (e == null) {
                return;
            }
            e.state = TaskState.RUNNING;
            e.attempts++;
            e.startedAt = clock.instant();
            e.dueAt = null;
            e.meter.reset();
            e.lastProgressEvent = null;
            TaskContext context = new TaskContext(this, e, e.attempts);
            try {
                executor.execute(() -> run(e, context));
            } catch (RejectedExecutionException rejected) {
                lanes.ended(e.kind);
                finish(e, TaskState.CANCELLED, stoppedOutcome(e), null, stopped(), effects);
                continue;
            }
            changed(e, effects);
        }
    }

    private void run(QueuedTask e, TaskContext context) {
        Object value = null;
        Throwable failure = null;
        try {
            context.throwIfCancelled();
            value = e.body.run(context);
        } catch (Throwable t) {
            failure = t;
        } finally {
            // A pool thread must not carry an interrupt meant for this task into the next one.
            Thread.interrupted();
        }
        Object result = value;
        Throwable error = failure;
        withLock(effects -> {
            if (active.get(e.id) != e) {
                // Already ended by close() after the stop grace period ran out.
                return null;
            }
            lanes.ended(e.kind);
            attemptEnded(e, result, error, effects);
            dispatch(effects);
            return null;
        });
    }

    private void attemptEnded(QueuedTask e, Object value, Throwable failure, List<Runnable> effects) {
        if (failure == null) {
            finish(e, TaskState.SUCCEEDED, e.outcome == null ? "Done" : e.outcome, value, null, effects);
            forget(e);
        } else if (stopping) {
            finish(e, TaskState.CANCELLED, stoppedOutcome(e), null, stopped(), effects);
        } else if (e.cancelRequested) {
            finish(e, TaskState.CANCELLED, "Cancelled while running", null, cancelled(e), effects);
        } else if (e.retried && settings.retry().retryable(failure) && e.attempts < settings.retry().maxAttempts()) {
            e.lastError = describe(failure);
            e.state = TaskState.WAITING_RETRY;
            e.dueAt = clock.instant().plus(settings.retry().delayAfter(e.attempts));
            if (e.durable()) {
                quietly(() -> store.updateAttempt(e.id, e.attempts, e.dueAt, e.lastError));
            }
            e.delay = scheduler.schedule(e.dueAt, () -> becomeDue(e));
            changed(e, effects);
        } else {
            e.lastError = describe(failure);
            String attempts = e.attempts == 1 ? "1 attempt" : e.attempts + " attempts";
            finish(e, TaskState.FAILED, "Failed after " + attempts + ": " + e.lastError, null, failure, effects);
            forget(e);
            if (settings.historySize() > 0) {
                failedRetryable.put(e.id, e);
            }
        }
    }

    /** Ends a task: it leaves the active set for the history and every requester gets the outcome. */
    private void finish(QueuedTask e, TaskState state, String outcome, Object value, Throwable failure,
                        List<Runnable> effects) {
        e.state = state;
        e.outcome = outcome;
        e.finishedAt = clock.instant();
        e.dueAt = null;
        e.delay = null;
        active.remove(e.id);
        bySlot.remove(e.slot(), e);
        TaskSnapshot last = e.snapshot(e.finishedAt, revisions.incrementAndGet());
        if (settings.historySize() > 0) {
            history.addLast(last);
            while (history.size() > settings.historySize()) {
                failedRetryable.remove(history.removeFirst().id());
            }
        }
        List<CompletableFuture<Object>> waiters = List.copyOf(e.waiters);
        effects.add(() -> notifyListeners(last));
        effects.add(() -> waiters.forEach(w -> {
            if (failure == null) {
                w.complete(value);
            } else {
                w.completeExceptionally(failure);
            }
        }));
    }

    /** A finished durable task no longer needs resuming (not called on stop, so those resume next time). */
    private void forget(QueuedTask e) {
        if (e.durable()) {
            quietly(() -> store.delete(e.id));
        }
    }

    private void recordProgress(QueuedTask e, long bytesDone, long bytesTotal, List<Runnable> effects) {
        if (e.state != TaskState.RUNNING) {
            return;
        }
        Instant now = clock.instant();
        e.meter.record(now, bytesDone, bytesTotal);
        boolean complete = e.meter.bytesTotal() >= 0 && bytesDone >= e.meter.bytesTotal();
        if (complete || e.lastProgressEvent == null
                || !now.isBefore(e.lastProgressEvent.plus(PROGRESS_EVENT_INTERVAL))) {
            e.lastProgressEvent = now;
            changed(e, effects);
        }
    }

    private void cancelDelay(QueuedTask e) {
        if (e.delay != null) {
            e.delay.cancel();
            e.delay = null;
        }
    }

    private Throwable cancelled(QueuedTask e) {
        // A cancelled durable task will not be resumed either.
        forget(e);
        return new CancellationException("Cancelled: " + e.title);
    }

    private static Throwable stopped() {
        return new CancellationException("Packyard stopped before the task finished");
    }

    private static String stoppedOutcome(QueuedTask e) {
        return e.durable() ? "Stopped with Packyard; resumes at the next start" : "Stopped with Packyard";
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    private void changed(QueuedTask e, List<Runnable> effects) {
        TaskSnapshot s = e.snapshot(clock.instant(), revisions.incrementAndGet());
        effects.add(() -> notifyListeners(s));
    }

    private void notifyListeners(TaskSnapshot s) {
        for (TaskListener l : listeners) {
            try {
                l.taskChanged(s);
            } catch (RuntimeException ex) {
                LOG.warn("A task listener failed on {}: {}", s.title(), ex.toString());
            }
        }
    }

    private boolean isIdle() {
        return lanes.idle();
    }

    private static void quietly(Runnable storeWrite) {
        try {
            storeWrite.run();
        } catch (RuntimeException e) {
            LOG.warn("Could not update the stored task: {}", e.getMessage());
        }
    }

    /** Runs the action under the lock, then (unlocked) the listener calls, completions and hooks it collected. */
    private <R> R withLock(Function<List<Runnable>, R> action) {
        List<Runnable> effects = new ArrayList<>();
        R result;
        lock.lock();
        try {
            result = action.apply(effects);
            if (isIdle()) {
                idle.signalAll();
            }
        } finally {
            lock.unlock();
        }
        for (Runnable effect : effects) {
            try {
                effect.run();
            } catch (RuntimeException e) {
                LOG.warn("A task callback failed: {}", e.toString());
            }
        }
        return result;
    }
}
