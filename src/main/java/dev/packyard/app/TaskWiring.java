package dev.packyard.app;

import dev.packyard.model.TaskKind;
import dev.packyard.service.visibility.PendingPersistence;
import dev.packyard.service.visibility.VisibilityService;
import dev.packyard.store.db.StoreException;
import dev.packyard.tasks.DelayScheduler;
import dev.packyard.tasks.ExecutorDelayScheduler;
import dev.packyard.tasks.RetryableException;
import dev.packyard.tasks.TaskQueue;
import dev.packyard.tasks.TaskQueueSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The background task queue and the durable persistence of fetched versions it runs. Built stopped: the backend
 * starts it once every part is built, so a part that fails to build leaves no queue running.
 */
public final class TaskWiring implements AutoCloseable {
    final DelayScheduler scheduler;
    private final boolean ownsScheduler;
    final TaskQueue queue;
    final VisibilityService visibility;

    /** @param givenScheduler the timer of a test's clock; empty for the real timer, which this wiring then owns */
    TaskWiring(StorageWiring storage, CatalogWiring catalog, Clock clock, Optional<DelayScheduler> givenScheduler,
               Supplier<Duration> persistenceLatency) {
        this.ownsScheduler = givenScheduler.isEmpty();
        this.scheduler = givenScheduler.orElseGet(() -> new ExecutorDelayScheduler(clock, 1.0));
        this.queue = new TaskQueue(TaskQueueSettings.DEFAULT, clock, scheduler, storage.tasks);
        this.visibility = new VisibilityService(catalog.packages, catalog.repositories, queue, clock, persistenceLatency);
        queue.registerDurable(TaskKind.PERSIST, PendingPersistence.class, (pending, context) -> {
            try {
                return visibility.persist(pending);
            } catch (StoreException e) {
                // A database hiccup must not lose a version the user was promised: try again later.
                throw new RetryableException(e.getMessage(), e);
            }
        });
    }

    public TaskQueue queue() {
        return queue;
    }

    /** When fetched versions become visible (CodeArtifact's persistence latency). */
    public VisibilityService visibility() {
        return visibility;
    }

    /** Resumes the durable tasks of the previous run and starts taking new ones. */
    void start() {
        queue.start();
    }

    /** Stops the tasks (durable ones stay stored and resume at the next open), then the timer if it is ours. */
    @Override
    public void close() {
        queue.close();
        if (ownsScheduler) {
            scheduler.close();
        }
    }
}
