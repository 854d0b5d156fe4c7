package dev.packyard.upstream.discovery;

import dev.packyard.model.ExternalConnection;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an external connection's registry is, and where that answer came from ("from ~/.npmrc"), for the console;
 * without a URL, {@code source} says what was looked at and how to set one.
 */
public record DiscoveredEndpoint(ExternalConnection connection, Optional<String> url, String source) {
    public DiscoveredEndpoint {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(source, "source");
    }

    public static DiscoveredEndpoint found(ExternalConnection connection, String url, String source) {
        return new DiscoveredEndpoint(connection, Optional.of(url), source);
    }

    public static DiscoveredEndpoint none(ExternalConnection connection, String lookedAt) {
        return new DiscoveredEndpoint(connection, Optional.empty(), "no endpoint: " + lookedAt + "; set one with --upstream "
                + connection.connectionName() + "=URL");
    }

    public boolean present() {
        return url.isPresent();
    }
}
