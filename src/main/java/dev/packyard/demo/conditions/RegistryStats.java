package dev.packyard.demo.conditions;

import java.time.Duration;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one demo registry saw since its counters were last reset: every request, how many were refused (503)
 * or dropped during an outage, how many were held back by latency or slow drip, the delay the server itself
 * measured while holding them, and the requests per path (relative to the registry's base URL, decoded).
 */
public record RegistryStats(long requests, long refused, long dropped, long delayed, Duration injectedDelay,
                            SortedMap<String, Long> requestsByPath) {

    public RegistryStats {
        requestsByPath = Collections.unmodifiableSortedMap(new TreeMap<>(requestsByPath));
    }

    /** How often {@code path} was asked for, e.g. {@code tree-leaf/-/tree-leaf-1.2.0.tgz}. */
    public long requestsTo(String path) {
        return requestsByPath.getOrDefault(path, 0L);
    }
}
