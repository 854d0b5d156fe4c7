package dev.packyard.upstream.metadata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Parsed listings kept in memory (least recently used dropped first), so a busy package is not re-read at every
 * request. Bounded by weight (the callers weigh a listing by its versions), not by count: a thousand packages of
 * three thousand versions each would not fit a desktop's heap. Hand-written because it is this small; a cache library
 * would be the choice once it needs expiry or statistics.
 */
final class RecentListings<K> {
    private final long capacity;
    private final LinkedHashMap<K, Weighed> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;

    private record Weighed(CachedListing listing, long weight) {
    }

    RecentListings(long capacity) {
        this.capacity = capacity;
    }

    synchronized Optional<CachedListing> get(K key) {
        return Optional.ofNullable(entries.get(key)).map(Weighed::listing);
    }

    synchronized void put(K key, CachedListing listing, long listingWeight) {
        long w = Math.max(1, listingWeight);
        Weighed old = entries.put(key, new Weighed(listing, w));
        weight += w - (old == null ? 0 : old.weight());
        var eldest = entries.entrySet().iterator();
        while (weight > capacity && eldest.hasNext()) {
            Map.Entry<K, Weighed> e = eldest.next();
            if (e.getKey().equals(key)) {
                continue;
            }
            weight -= e.getValue().weight();
            eldest.remove();
        }
    }

    synchronized void remove(K key) {
        Weighed old = entries.remove(key);
        if (old != null) {
            weight -= old.weight();
        }
    }

    synchronized void removeIf(Predicate<K> doomed) {
        var it = entries.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<K, Weighed> e = it.next();
            if (doomed.test(e.getKey())) {
                weight -= e.getValue().weight();
                it.remove();
            }
        }
    }
}
