package dev.packyard.model.health;

import dev.packyard.model.ExternalConnection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One row of the console's External connections screen: where the registry is, how it is doing, what it lacks. */
public record ConnectionStatus(Endpoint endpoint, HealthSnapshot health, List<NegativeEntry> notFound) {
    public ConnectionStatus {
        notFound = List.copyOf(notFound);
    }

    /**
     * Where the connection's registry is, and how that was found out.
     *
     * @param url    empty when no endpoint was found or set
     * @param source where the URL came from ("from $NPM_CONFIG_REGISTRY", "from the console", "no endpoint: …")
     */
    public record Endpoint(ExternalConnection connection, Optional<String> url, String source) {
        public Endpoint {
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(source, "source");
        }

        public boolean present() {
            return url.isPresent();
        }
    }
}
