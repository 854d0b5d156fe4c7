package dev.packyard.upstream.metadata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Parsed listings kept in memory (least recently used dropped first), so a busy package is not re-read at every request. */
final class RecentListings<K> {
    private final Map<K, CachedListing> entries;

    RecentListings(int capacity) {
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, CachedListing> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<CachedListing> get(K key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(K key, CachedListing listing) {
        entries.put(key, listing);
    }

    synchronized void remove(K key) {
        entries.remove(key);
    }

    synchronized void removeIf(Predicate<K> doomed) {
        entries.keySet().removeIf(doomed);
    }
}
