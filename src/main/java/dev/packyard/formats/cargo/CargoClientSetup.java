package dev.packyard.formats.cargo;

import dev.packyard.service.endpoints.ClientSetup;
import dev.packyard.service.endpoints.ClientSetupRequest;
import java.util.List;

/**
 * Cargo (1.74 or later) takes the repository as a sparse registry in ~/.cargo/config.toml and asks the AWS CLI for a
 * token whenever it needs one, so no token is written into the file; {@code aws codeartifact login} has no Cargo tool.
 */
final class CargoClientSetup implements ClientSetup {
    @Override
    public String title() {
        return "Cargo (~/.cargo/config.toml)";
    }

    @Override
    public String id() {
        return "cargo";
    }

    @Override
    public List<String> loginTools() {
        return List.of();
    }

    @Override
    public String snippet(ClientSetupRequest request) {
        String name = request.repository().domain().name() + "-" + request.repository().name();
        String endpoint = request.endpointUrl();
        int path = endpoint.indexOf("/d/");
        String server = path < 0 ? "" : "--endpoint-url " + endpoint.substring(0, path) + " ";
        return """
                # ~/.cargo/config.toml
                [registries.%1$s]
                index = "sparse+%2$s"
                credential-provider = "cargo:token-from-stdout aws %3$scodeartifact get-authorization-token --domain %4$s --domain-owner %5$s --query authorizationToken --output text"

                # Cargo.toml: my-crate = { version = "1", registry = "%1$s" }
                # cargo publish --registry %1$s   ·   cargo yank --registry %1$s my-crate@1.0.0""".formatted(name, endpoint,
                server, request.repository().domain().name(), request.repository().domain().owner());
    }
}
