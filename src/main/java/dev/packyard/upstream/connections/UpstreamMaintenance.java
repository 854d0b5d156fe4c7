package dev.packyard.upstream.connections;

import dev.packyard.upstream.health.HealthProber;
import dev.packyard.upstream.metadata.MetadataCache;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upstream layer's background work: probes of connections in an outage and the synchronisation of npm and
 * NuGet listings. {@link #tick()} does one round (tests call it after moving the clock); {@link #start} repeats it.
 */
public final class UpstreamMaintenance implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UpstreamMaintenance.class);

    private final HealthProber prober;
    private final MetadataCache metadata;
    private ScheduledExecutorService scheduler;
    /** Touched only by the scheduler's one thread. */
    private String lastFailure;

    public UpstreamMaintenance(HealthProber prober, MetadataCache metadata) {
        this.prober = prober;
        this.metadata = metadata;
    }

    /** One round: due probes, then due synchronisations. Returns how many things were done. */
    public int tick() {
        return prober.runDueProbes().size() + metadata.synchroniseDue();
    }

    /** Repeats {@link #tick()} on a daemon thread every {@code period} (a scaled demo wants a short one). */
    public synchronized void start(Duration period) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "packyard-upstream-maintenance");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(50, period.toMillis());
        scheduler.scheduleWithFixedDelay(this::safeTick, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void safeTick() {
        try {
            tick();
            if (lastFailure != null) {
                LOG.info("Upstream maintenance rounds succeed again");
                lastFailure = null;
            }
        } catch (RuntimeException e) {
            // One bad round must not stop the schedule; the next round tries again. A failure that repeats every round
            // is logged once (with its stack), not once a second.
            String failure = String.valueOf(e.getMessage());
            if (!failure.equals(lastFailure)) {
                LOG.warn("Upstream maintenance round failed (logged once until it changes): {}", failure, e);
                lastFailure = failure;
            }
        }
    }

    /** Stops the schedule and waits for a round in progress, so the database is never closed under it. */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            // Not interrupted at first: an interrupt during a database read closes H2's file channel under every
            // other thread, and the close that follows then fails to compact.
            scheduler.shutdown();
            try {
                if (!scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
                    scheduler.shutdownNow();
                    if (!scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
                        LOG.warn("An upstream maintenance round did not stop within 10 s");
                    }
                }
            } catch (InterruptedException e) {
                scheduler.shutdownNow();
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }
}
