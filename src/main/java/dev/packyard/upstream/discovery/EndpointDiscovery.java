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
 * configuration as the format plug-in's {@link DiscoverySource} for that connection reads it, passing over any source
 * that names this Packyard itself. Connections without a discovery source have an endpoint only when one is set.
 */
public final class EndpointDiscovery {
    private final DiscoveryEnvironment env;
    private final Map<ExternalConnection, String> explicit;
    private final String explicitSource;
    private final ThisPackyard self;
    private final Map<ExternalConnection, DiscoverySource> discoverable;

    /**
     * @param discoverable   the format plug-ins' discovery sources, by the connection each finds
     * @param explicit       URLs set by the user, e.g. parsed from {@code --upstream NAME=URL} with {@link UpstreamSettings}
     * @param explicitSource how to name where those came from, e.g. "from --upstream"
     */
    public EndpointDiscovery(DiscoveryEnvironment env, Map<ExternalConnection, DiscoverySource> discoverable,
                             Map<ExternalConnection, String> explicit, String explicitSource) {
        this(env, discoverable, explicit, explicitSource, ThisPackyard.pathsOnly());
    }

    /** @param self the running Packyard, whose own endpoints are never taken as a public registry */
    public EndpointDiscovery(DiscoveryEnvironment env, Map<ExternalConnection, DiscoverySource> discoverable,
                             Map<ExternalConnection, String> explicit, String explicitSource, ThisPackyard self) {
        this.discoverable = Map.copyOf(discoverable);
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
        DiscoverySource source = discoverable.get(connection);
        return source == null ? List.of() : source.sources(env);
    }

    private static String skippedNote(List<String> skipped) {
        return skipped.isEmpty() ? "" : "; skipped " + String.join(" and ", skipped) + ": that is this Packyard itself, "
                + "as `aws codeartifact login` configures it, not a public registry";
    }

    public List<DiscoveredEndpoint> discoverAll() {
        return Arrays.stream(ExternalConnection.values()).map(this::discover).toList();
    }

    private String lookedAt(ExternalConnection connection) {
        DiscoverySource source = discoverable.get(connection);
        return source == null ? "nothing to discover it from for " + connection.registryTitle() : source.lookedAt();
    }
}
