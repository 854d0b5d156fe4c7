package dev.packyard.model.metadata;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a cached package listing is trusted. SYNCHRONISED listings (npm, NuGet) are refreshed in the background
 * every {@code lifetime}; LAZY listings (PyPI, Maven) expire after {@code lifetime} and the next request refreshes
 * them, getting the old listing meanwhile when {@code serveStaleWhileRefreshing}.
 */
public record MetadataPolicy(Mode mode, Duration lifetime, boolean serveStaleWhileRefreshing) {
    public enum Mode { SYNCHRONISED, LAZY }

    public MetadataPolicy {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(lifetime, "lifetime");
    }

    public static MetadataPolicy synchronised(Duration interval) {
        return new MetadataPolicy(Mode.SYNCHRONISED, interval, true);
    }

    public static MetadataPolicy lazy(Duration lifetime, boolean serveStaleWhileRefreshing) {
        return new MetadataPolicy(Mode.LAZY, lifetime, serveStaleWhileRefreshing);
    }
}
