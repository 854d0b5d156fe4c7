package dev.packyard.demo.conditions;

import java.time.Duration;

/**
 * What one demo registry saw since its counters were last reset: every request, how many were refused (503)
 * or dropped during an outage, how many were held back by latency or slow drip, and the delay the server
 * itself measured while holding them.
 */
public record RegistryStats(long requests, long refused, long dropped, long delayed, Duration injectedDelay) {
}
