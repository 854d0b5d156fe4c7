package dev.packyard.demo.conditions;

import java.time.Duration;
import java.util.SortedMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated network conditions of one demo registry (outage, latency, slow drip) and its request counters.
 * Controls change it from any thread while requests are served.
 */
public final class RegistryConditions {
    /** Bounds the fixed delay so a typo cannot hang the demo's server threads for hours. */
    public static final Duration MAX_LATENCY = Duration.ofSeconds(60);
    /** Bounds the per-path counters: a client asking for endless made-up paths cannot exhaust memory. */
    static final int MAX_COUNTED_PATHS = 10_000;

    private volatile OutageMode outage;
    private volatile Duration latency = Duration.ZERO;
    private volatile SlowDrip slowDrip;
    private volatile CorruptFiles corruption;

    private final AtomicLong requests = new AtomicLong();
    private final ConcurrentMap<String, AtomicLong> requestsByPath = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong delayed = new AtomicLong();
    private final AtomicLong delayNanos = new AtomicLong();

    public Optional<OutageMode> outage() {
        return Optional.ofNullable(outage);
    }

    public void goDown(OutageMode mode) {
        outage = Objects.requireNonNull(mode, "mode");
    }

    public void recover() {
        outage = null;
    }

    public Duration latency() {
        return latency;
    }

    public void setLatency(Duration delay) {
        if (delay.isNegative() || delay.compareTo(MAX_LATENCY) > 0) {
            throw new IllegalArgumentException("Latency must be between 0 and " + MAX_LATENCY.toSeconds()
                    + " seconds, not " + delay.toMillis() + " ms");
        }
        latency = delay;
    }

    public Optional<SlowDrip> slowDrip() {
        return Optional.ofNullable(slowDrip);
    }

    public void setSlowDrip(SlowDrip drip) {
        slowDrip = drip;
    }

    public Optional<CorruptFiles> corruption() {
        return Optional.ofNullable(corruption);
    }

    public void corruptFiles(CorruptFiles how) {
        corruption = Objects.requireNonNull(how, "how");
    }

    public void repairFiles() {
        corruption = null;
    }

    /** Counts a request for {@code path} (relative to the registry's base URL, decoded). */
    public void countRequest(String path) {
        requests.incrementAndGet();
        AtomicLong counter = requestsByPath.get(path);
        if (counter == null && requestsByPath.size() < MAX_COUNTED_PATHS) {
            counter = requestsByPath.computeIfAbsent(path, p -> new AtomicLong());
        }
        if (counter != null) {
            counter.incrementAndGet();
        }
    }

    public void countRefused() {
        refused.incrementAndGet();
    }

    public void countDropped() {
        dropped.incrementAndGet();
    }

    /** Records one request held back for {@code measured} (as timed by the server around the hold). */
    public void countDelay(Duration measured) {
        delayed.incrementAndGet();
        delayNanos.addAndGet(measured.toNanos());
    }

    public RegistryStats stats() {
        SortedMap<String, Long> byPath = new TreeMap<>();
        requestsByPath.forEach((path, count) -> byPath.put(path, count.get()));
        return new RegistryStats(requests.get(), refused.get(), dropped.get(), delayed.get(),
                Duration.ofNanos(delayNanos.get()), byPath);
    }

    public void resetStats() {
        requests.set(0);
        requestsByPath.clear();
        refused.set(0);
        dropped.set(0);
        delayed.set(0);
        delayNanos.set(0);
    }
}
