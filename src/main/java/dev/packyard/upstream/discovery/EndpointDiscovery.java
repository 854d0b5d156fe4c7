package dev.packyard.upstream.discovery;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.RedactedUrl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds each external connection's registry URL: an explicit setting first, then the user's own package-manager
 * configuration (npm for public:npmjs, pip for public:pypi, Maven for public:maven-central), passing over any source
 * that names this Packyard itself. Other connections have an endpoint only when one is set.
 */
public final class EndpointDiscovery {
    private final DiscoveryEnvironment env;
    private final Map<ExternalConnection, String> explicit;
    private final String explicitSource;
    private final ThisPackyard self;

    /**
     * @param explicit       URLs set by the user, e.g. parsed from {@code --upstream NAME=URL} with {@link UpstreamSettings}
     * @param explicitSource how to name where those came from, e.g. "from --upstream"
     */
    public EndpointDiscovery(DiscoveryEnvironment env, Map<ExternalConnection, String> explicit, String explicitSource) {
        this(env, explicit, explicitSource, ThisPackyard.pathsOnly());
    }

    /** @param self the running Packyard, whose own endpoints are never taken as a public registry */
    public EndpointDiscovery(DiscoveryEnvironment env, Map<ExternalConnection, String> explicit, String explicitSource,
                             ThisPackyard self) {
        this.env = env;
        this.self = self;
        this.explicit = explicit.isEmpty() ? Map.of() : new EnumMap<>(explicit);
        this.explicitSource = explicitSource;
    }

    public DiscoveredEndpoint discover(ExternalConnection connection) {
        String set = explicit.get(connection);
        if (set != null) {
            return DiscoveredEndpoint.found(connection, set, explicitSource);
        }
        List<String> skipped = new ArrayList<>();
        for (Supplier<Optional<Found>> source : sources(connection)) {
            Optional<Found> found = source.get();
            if (found.isEmpty()) {
                continue;
            }
            if (self.owns(found.get().url())) {
                skipped.add(found.get().source().replaceFirst("^from ", "") + " (" + RedactedUrl.of(found.get().url()) + ")");
                continue;
            }
            return DiscoveredEndpoint.found(connection, found.get().url(), found.get().source() + skippedNote(skipped));
        }
        return DiscoveredEndpoint.none(connection, lookedAt(connection) + skippedNote(skipped));
    }

    private List<Supplier<Optional<Found>>> sources(ExternalConnection connection) {
        return switch (connection) {
            case NPMJS -> NpmRegistryDiscovery.sources(env);
            case PYPI -> PipIndexDiscovery.sources(env);
            case MAVEN_CENTRAL -> MavenRepositoryDiscovery.sources(env);
            default -> List.of();
        };
    }

    private static String skippedNote(List<String> skipped) {
        return skipped.isEmpty() ? "" : "; skipped " + String.join(" and ", skipped) + ": that is this Packyard itself, "
                + "as `aws codeartifact login` configures it, not a public registry";
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
