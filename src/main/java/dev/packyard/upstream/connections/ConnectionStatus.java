package dev.packyard.upstream.connections;

import dev.packyard.upstream.discovery.DiscoveredEndpoint;
import dev.packyard.model.health.HealthSnapshot;
import dev.packyard.model.health.NegativeEntry;
import java.util.List;

/** One row of the console's External connections screen: where the registry is, how it is doing, what it lacks. */
public record ConnectionStatus(DiscoveredEndpoint endpoint, HealthSnapshot health, List<NegativeEntry> notFound) {
    public ConnectionStatus {
        notFound = List.copyOf(notFound);
    }
}
