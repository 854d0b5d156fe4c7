package dev.packyard.server.guard;

import java.util.concurrent.ConcurrentHashMap;

/**
 * How many requests each client has in progress, capped so one runaway client cannot take every server thread.
 * A client is the credential it presents (the SigV4 access key id, or the package token), because every local
 * process shares the loopback address; a request without credentials counts against its remote address.
 */
final class ClientSlots {
    private final int perClient;
    private final ConcurrentHashMap<String, Integer> inFlight = new ConcurrentHashMap<>();

    ClientSlots(int perClient) {
        this.perClient = perClient;
    }

    /** Takes a slot for the client, or returns false when it already has its full share in progress. */
    boolean tryAcquire(String client) {
        boolean[] taken = {false};
        inFlight.compute(client, (k, n) -> {
            int current = n == null ? 0 : n;
            if (current >= perClient) {
                return current;
            }
            taken[0] = true;
            return current + 1;
        });
        return taken[0];
    }

    void release(String client) {
        inFlight.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
    }

    int limit() {
        return perClient;
    }
}
