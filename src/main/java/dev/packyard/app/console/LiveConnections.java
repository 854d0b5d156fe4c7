package dev.packyard.app.console;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageFormat;
import dev.packyard.ui.connections.ConnectionsFeed;
import dev.packyard.model.health.ConnectionStatus;
import dev.packyard.upstream.connections.UpstreamConnections;
import dev.packyard.upstream.health.ConnectionHealth;
import dev.packyard.upstream.health.HealthListener;
import dev.packyard.model.health.HealthTransition;
import dev.packyard.model.metadata.MetadataPolicy;
import dev.packyard.model.Page;
import dev.packyard.model.Repository;
import dev.packyard.service.repositories.RepositoryService;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The fetch engine's external connections for the External connections screen and the status bar. */
public final class LiveConnections implements ConnectionsFeed {
    private final UpstreamConnections connections;
    private final RepositoryService repositories;
    /** Told of changes the health board does not announce (an association, a probe's first answer). */
    private final List<Runnable> catalogListeners = new CopyOnWriteArrayList<>();
    private volatile Set<ExternalConnection> associated;

    /** @param repositories where to read which connections are associated with a repository, and hear of changes */
    public LiveConnections(UpstreamConnections connections, RepositoryService repositories) {
        this.connections = connections;
        this.repositories = repositories;
        this.associated = readAssociated();
        repositories.onExternalConnectionsChanged(() -> {
            associated = readAssociated();
            catalogListeners.forEach(Runnable::run);
        });
    }

    // Read when the catalogue changes, never on the UI thread's request: the status bar only reads the field.
    private Set<ExternalConnection> readAssociated() {
        Set<ExternalConnection> found = EnumSet.noneOf(ExternalConnection.class);
        Optional<String> token = Optional.empty();
        do {
            Page<Repository> page = repositories.listAll(null, 100, token.orElse(null));
            page.items().forEach(r -> r.externalConnection().ifPresent(found::add));
            token = page.nextToken();
        } while (token.isPresent());
        return Set.copyOf(found);
    }

    @Override
    public Set<ExternalConnection> associated() {
        return associated;
    }

    @Override
    public List<ConnectionStatus> current() {
        return connections.statuses();
    }

    @Override
    public Subscription subscribe(Consumer<? super List<ConnectionStatus>> listener) {
        HealthListener onHealth = (transition, now) -> listener.accept(current());
        Runnable onChange = () -> listener.accept(current());
        for (ExternalConnection c : ExternalConnection.values()) {
            connections.health().of(c).addListener(onHealth);
        }
        connections.addEndpointListener(onChange);
        catalogListeners.add(onChange);
        return () -> {
            for (ExternalConnection c : ExternalConnection.values()) {
                connections.health().of(c).removeListener(onHealth);
            }
            connections.removeEndpointListener(onChange);
            catalogListeners.remove(onChange);
        };
    }

    @Override
    public List<HealthTransition> history(ExternalConnection connection) {
        return connections.health().of(connection).history();
    }

    @Override
    public Optional<MetadataPolicy> policy(PackageFormat format) {
        return Optional.of(connections.metadataPolicy(format));
    }

    @Override
    public boolean probeNow(ExternalConnection connection) {
        if (connections.health().of(connection).probeNow()) {
            connections.prober().runDueProbes();
            return true;
        }
        boolean asked = connections.prober().checkNow(connection);
        // A first answer is no health transition, yet "not checked yet" must turn into "available" everywhere.
        catalogListeners.forEach(Runnable::run);
        return asked;
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
    }
}
