package dev.packyard.ui.connections;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.health.HealthState;

/**
 * One external connection as a table row.
 *
 * @param endpoint  the registry URL, or "—" without one
 * @param status    "outage since 10:02", "available", …
 * @param reason    why it is in that state, with the HTTP status when there was one
 * @param nextProbe "next probe in 25 s (10:03:12)" during an outage, else empty
 * @param notFound  how many "not found upstream" answers it remembers
 * @param checked   whether the registry has been asked anything yet (an unasked one is not claimed to be available)
 */
public record ConnectionRow(ExternalConnection connection, String endpoint, String source, HealthState state, String status,
                            String reason, String nextProbe, int notFound, String policy, boolean checked) {
    public String name() {
        return connection.connectionName();
    }

    public boolean hasEndpoint() {
        return !"—".equals(endpoint);
    }
}
