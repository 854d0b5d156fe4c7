package dev.packyard.upstream.discovery;

import dev.packyard.model.ExternalConnection;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds each external connection's registry URL: an explicit setting first, then the user's own package-manager
 * configuration (npm for public:npmjs, pip for public:pypi, Maven for public:maven-central). Other connections
 * have an endpoint only when one is set.
 */
public final class EndpointDiscovery {
    private final DiscoveryEnvironment env;
    private final Map<ExternalConnection, String> explicit;
    private final String explicitSource;

    /**
     * @param explicit       URLs set by the user, e.g. parsed from {@code --upstream NAME=URL} with {@link UpstreamSettings}
     * @param explicitSource how to name where those came from, e.g. "from --upstream"
     */
    public EndpointDiscovery(DiscoveryEnvironment env, Map<ExternalConnection, String> explicit, String explicitSource) {
        this.env = env;
        this.explicit = explicit.isEmpty() ? Map.of() : new EnumMap<>(explicit);
        this.explicitSource = explicitSource;
    }

    public DiscoveredEndpoint discover(ExternalConnection connection) {
        String set = explicit.get(connection);
        if (set != null) {
            return DiscoveredEndpoint.found(connection, set, explicitSource);
        }
        Optional<Found> found = switch (connection) {
            case NPMJS -> NpmRegistryDiscovery.find(env);
            case PYPI -> PipIndexDiscovery.find(env);
            case MAVEN_CENTRAL -> MavenRepositoryDiscovery.find(env);
            default -> Optional.empty();
        };
        return found.map(f -> DiscoveredEndpoint.found(connection, f.url(), f.source()))
                .orElseGet(() -> DiscoveredEndpoint.none(connection, lookedAt(connection)));
    }

    public List<DiscoveredEndpoint> discoverAll() {
        return Arrays.stream(ExternalConnection.values()).map(this::discover).toList();
    }

    private static String lookedAt(ExternalConnection connection) {
        return switch (connection) {
            case NPMJS -> NpmRegistryDiscovery.LOOKED_AT;
            case PYPI -> PipIndexDiscovery.LOOKED_AT;
            case MAVEN_CENTRAL -> MavenRepositoryDiscovery.LOOKED_AT;
            default -> "nothing to discover it from for " + connection.registryTitle();
        };
    }
}
