package dev.packyard.service.settings;

import dev.packyard.model.ExternalConnection;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings a Packyard process runs with: endpoint overrides for public registries, the timing profile and its time
 * scale, and whether the offline demo is on.
 */
public record RuntimeSettings(Map<ExternalConnection, URI> upstreamEndpoints, TimingProfile timing, double timeScale,
                              boolean demo) {
    public static final RuntimeSettings DEFAULTS = new RuntimeSettings(Map.of(), TimingProfile.CODEARTIFACT, 1.0, false);

    public RuntimeSettings {
        upstreamEndpoints = Map.copyOf(upstreamEndpoints);
        Objects.requireNonNull(timing, "timing");
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("time scale must be a positive number, not " + timeScale);
        }
    }

    public Optional<URI> endpointOverride(ExternalConnection connection) {
        return Optional.ofNullable(upstreamEndpoints.get(connection));
    }
}
