package dev.packyard.upstream.health;

import dev.packyard.model.health.NegativeEntry;
import dev.packyard.model.ExternalConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.Optional;

/**
 * Remembers true upstream 404s for a short time so repeated misses do not reach the registry. It refuses to
 * remember anything while the connection is not sending requests (outage, probing, offline): an outage must never
 * turn into a cache full of false "not found" answers.
 */
public final class NegativeCache {
    private final ConnectionHealthBoard health;
    private final Supplier<Duration> ttl;
    private final Clock clock;
    private final int maxEntries;
    private final Map<Key, NegativeEntry> entries;

    public NegativeCache(ConnectionHealthBoard health, Duration ttl, Clock clock, int maxEntries) {
        this(health, constant(Objects.requireNonNull(ttl, "ttl")), clock, maxEntries);
    }

    /** @param ttl read at each 404, so a running Packyard can be sped up */
    public NegativeCache(ConnectionHealthBoard health, Supplier<Duration> ttl, Clock clock, int maxEntries) {
        this.health = health;
        this.ttl = ttl;
        this.clock = clock;
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, NegativeEntry> eldest) {
                return size() > NegativeCache.this.maxEntries;
            }
        };
    }

    private static Supplier<Duration> constant(Duration ttl) {
        return () -> ttl;
    }

    /** Remembers a 404 unless the connection is in an outage, probing or offline; returns whether it did. */
    public boolean remember(ExternalConnection connection, String key, String url) {
        Duration ttl = this.ttl.get();
        if (ttl.isZero() || !health.of(connection).state().sendsRequests()) {
            return false;
        }
        Instant now = clock.instant();
        synchronized (entries) {
            entries.put(new Key(connection, key), new NegativeEntry(connection, key, url, now, now.plus(ttl)));
        }
        return true;
    }

    public Optional<NegativeEntry> lookup(ExternalConnection connection, String key) {
        Instant now = clock.instant();
        synchronized (entries) {
            Key k = new Key(connection, key);
            NegativeEntry entry = entries.get(k);
            if (entry != null && !now.isBefore(entry.expiresAt())) {
                entries.remove(k);
                return Optional.empty();
            }
            return Optional.ofNullable(entry);
        }
    }

    /** Forgets one entry, e.g. when fresh metadata lists what was missing, or from the console. */
    public boolean forget(ExternalConnection connection, String key) {
        synchronized (entries) {
            return entries.remove(new Key(connection, key)) != null;
        }
    }

    public void forgetAll(ExternalConnection connection) {
        synchronized (entries) {
            entries.keySet().removeIf(k -> k.connection() == connection);
        }
    }

    /** Unexpired entries, oldest first. */
    public List<NegativeEntry> entries() {
        Instant now = clock.instant();
        synchronized (entries) {
            entries.values().removeIf(e -> !now.isBefore(e.expiresAt()));
            return new ArrayList<>(entries.values());
        }
    }

    private record Key(ExternalConnection connection, String key) {
    }
}
