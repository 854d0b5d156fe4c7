package dev.packyard.service.endpoints;

import dev.packyard.model.RepositoryId;
import java.util.Objects;

/**
 * What a {@link ClientSetup} fills into its snippet: the repository, its endpoint URL for the format (or a
 * placeholder while no server runs) and the token (or a placeholder until one is created).
 */
public record ClientSetupRequest(RepositoryId repository, String endpointUrl, String token) {
    public ClientSetupRequest {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(endpointUrl, "endpointUrl");
        Objects.requireNonNull(token, "token");
    }

    /** The endpoint's scheme with its {@code ://}, empty for a placeholder without one. */
    public String scheme() {
        int at = endpointUrl.indexOf("://");
        return at < 0 ? "" : endpointUrl.substring(0, at + 3);
    }

    /** The endpoint after its {@code scheme://}, as npmrc keys and URLs with user info need it. */
    public String endpointWithoutScheme() {
        int at = endpointUrl.indexOf("://");
        return at < 0 ? endpointUrl : endpointUrl.substring(at + 3);
    }
}
