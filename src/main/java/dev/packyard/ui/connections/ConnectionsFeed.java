package dev.packyard.ui.connections;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageFormat;
import dev.packyard.ui.common.Feed;
import dev.packyard.model.health.ConnectionStatus;
import dev.packyard.model.health.HealthTransition;
import dev.packyard.model.metadata.MetadataPolicy;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The external connections as the console sees them: each one's endpoint, health and remembered 404s, in catalogue
 * order, with the commands of the External connections screen. Listeners are told of every health change, on any
 * thread. The commands may block on the network: call them off the UI thread.
 */
public interface ConnectionsFeed extends Feed<List<ConnectionStatus>> {
    /** The connections some repository is associated with: those in use, which the status bar shows from the start. */
    Set<ExternalConnection> associated();

    /** The connection's health timeline, oldest first. */
    List<HealthTransition> history(ExternalConnection connection);

    /** How long its format's package listings are trusted; empty when there is no policy (no feed). */
    Optional<MetadataPolicy> policy(PackageFormat format);

    /**
     * Asks the registry now, in any state but offline (an outage's probe is brought forward); false when there is
     * nothing to ask (no endpoint, or set offline).
     */
    boolean probeNow(ExternalConnection connection);

    void setOffline(ExternalConnection connection, boolean offline);

    /** Points the connection at another registry URL (checked by the caller). */
    void setEndpoint(ExternalConnection connection, String url);

    /** A console without connection monitoring. */
    static ConnectionsFeed none() {
        return new ConnectionsFeed() {
            @Override
            public List<ConnectionStatus> current() {
                return List.of();
            }

            @Override
            public Subscription subscribe(Consumer<? super List<ConnectionStatus>> listener) {
                return () -> { };
            }

            @Override
            public Set<ExternalConnection> associated() {
                return Set.of();
            }

            @Override
            public List<HealthTransition> history(ExternalConnection connection) {
                return List.of();
            }

            @Override
            public Optional<MetadataPolicy> policy(PackageFormat format) {
                return Optional.empty();
            }

            @Override
            public boolean probeNow(ExternalConnection connection) {
                return false;
            }

            @Override
            public void setOffline(ExternalConnection connection, boolean offline) {
            }

            @Override
            public void setEndpoint(ExternalConnection connection, String url) {
            }
        };
    }
}
