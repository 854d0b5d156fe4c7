package dev.packyard.upstream.health;

import dev.packyard.model.ExternalConnection;
import dev.packyard.upstream.RegistryClient;
import dev.packyard.upstream.UpstreamException;
import dev.packyard.upstream.UpstreamUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Probes connections whose outage block has ended, so an idle connection recovers without waiting for a user's
 * request. The engine calls {@link #runDueProbes()} from its scheduler; tests call it after moving the clock. It is
 * given the connections' plain clients: it does the health bookkeeping itself.
 */
public final class HealthProber {
    private final ConnectionHealthBoard board;
    private final Function<ExternalConnection, Optional<RegistryClient>> clients;

    public HealthProber(ConnectionHealthBoard board, Function<ExternalConnection, Optional<RegistryClient>> clients) {
        this.board = board;
        this.clients = clients;
    }

    /**
     * The console's "probe now" outside an outage: one probe request, whose verdict counts like any request's (a
     * connection nobody has asked yet is then checked). False when there is nothing to ask: no endpoint, or offline.
     */
    public boolean checkNow(ExternalConnection connection) {
        Optional<RegistryClient> client = clients.apply(connection);
        ConnectionHealth health = board.of(connection);
        if (client.isEmpty() || !health.state().sendsRequests()) {
            return false;
        }
        record(health, client.get());
        return true;
    }

    /** Runs the probes that are due and returns the connections probed. */
    public List<ExternalConnection> runDueProbes() {
        List<ExternalConnection> probed = new ArrayList<>();
        for (ExternalConnection connection : board.dueForProbe()) {
            Optional<RegistryClient> client = clients.apply(connection);
            if (client.isEmpty()) {
                continue;
            }
            ConnectionHealth health = board.of(connection);
            try {
                if (health.admit() != Admission.PROBE) {
                    continue;
                }
            } catch (UpstreamException e) {
                continue;
            }
            probed.add(connection);
            record(health, client.get());
        }
        return probed;
    }

    private static void record(ConnectionHealth health, RegistryClient client) {
        try {
            client.probe();
            health.recordAnswer();
        } catch (UpstreamUnavailableException e) {
            health.recordFailure(e);
        } catch (UpstreamException e) {
            health.recordAnswer();
        } catch (RuntimeException e) {
            health.recordInconclusive();
        }
    }
}
