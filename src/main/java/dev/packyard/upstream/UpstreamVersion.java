package dev.packyard.upstream;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A version a registry knows, its files, and when it was published if the registry says. */
public record UpstreamVersion(String version, Optional<Instant> publishedTime, List<AssetLocation> assets) {
    public UpstreamVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(publishedTime, "publishedTime");
        assets = List.copyOf(assets);
    }
}
