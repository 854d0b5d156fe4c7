package dev.packyard.app.console;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageFormat;
import dev.packyard.ui.connections.ConnectionsFeed;
import dev.packyard.upstream.connections.ConnectionStatus;
import dev.packyard.upstream.connections.UpstreamConnections;
import dev.packyard.upstream.health.ConnectionHealth;
import dev.packyard.upstream.health.HealthListener;
import dev.packyard.upstream.health.HealthTransition;
import dev.packyard.upstream.timing.MetadataPolicy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The fetch engine's external connections for the External connections screen and the status bar. */
public final class LiveConnections implements ConnectionsFeed {
    private final UpstreamConnections connections;
    /** Told of changes the health board does not announce (a new endpoint). */
    private final List<Runnable> endpointListeners = new CopyOnWriteArrayList<>();

    public LiveConnections(UpstreamConnections connections) {
        this.connections = connections;
    }

    @Override
    public List<ConnectionStatus> current() {
        return connections.statuses();
    }

    @Override
    public Subscription subscribe(Consumer<? super List<ConnectionStatus>> listener) {
        HealthListener onHealth = (transition, now) -> listener.accept(current());
        Runnable onEndpoint = () -> listener.accept(current());
        for (ExternalConnection c : ExternalConnection.values()) {
            connections.health().of(c).addListener(onHealth);
        }
        endpointListeners.add(onEndpoint);
        return () -> {
            for (ExternalConnection c : ExternalConnection.values()) {
                connections.health().of(c).removeListener(onHealth);
            }
            endpointListeners.remove(onEndpoint);
        };
    }

    @Override
    public List<HealthTransition> history(ExternalConnection connection) {
        return connections.health().of(connection).history();
    }

    @Override
    public Optional<MetadataPolicy> policy(PackageFormat format) {
        return Optional.of(connections.timing().metadataPolicy(format));
    }

    @Override
    public boolean probeNow(ExternalConnection connection) {
        if (!connections.health().of(connection).probeNow()) {
            return false;
        }
        connections.prober().runDueProbes();
        return true;
    }

    @Override
    public void setOffline(ExternalConnection connection, boolean offline) {
        ConnectionHealth health = connections.health().of(connection);
        if (offline) {
            health.setOffline("set offline in the console");
        } else {
            health.setOnline();
        }
    }

    @Override
    public void setEndpoint(ExternalConnection connection, String url) {
        connections.setEndpoint(connection, url, "set in the console");
        endpointListeners.forEach(Runnable::run);
    }
}
