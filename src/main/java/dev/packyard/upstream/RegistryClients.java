package dev.packyard.upstream;

import dev.packyard.model.ExternalConnection;
import dev.packyard.upstream.http.UpstreamHttp;
import dev.packyard.formats.maven.upstream.MavenRepositoryClient;
import dev.packyard.formats.npm.upstream.NpmRegistryClient;
import dev.packyard.formats.pypi.upstream.PypiSimpleClient;
import java.util.Optional;

/** Picks the protocol client for an external connection; every maven-format connection shares the Maven client. */
public final class RegistryClients {
    private RegistryClients() {
    }

    /** The client for the connection at this base URL, or empty for formats Packyard cannot fetch yet. */
    public static Optional<RegistryClient> forConnection(ExternalConnection connection, String baseUrl, UpstreamHttp http) {
        return switch (connection.format()) {
            case NPM -> Optional.of(new NpmRegistryClient(baseUrl, http));
            case PYPI -> Optional.of(new PypiSimpleClient(baseUrl, http));
            case MAVEN -> Optional.of(new MavenRepositoryClient(baseUrl, http));
            default -> Optional.empty();
        };
    }
}
