package dev.packyard.application.publish;

import dev.packyard.model.Asset;
import dev.packyard.model.PackageVersion;
import java.util.List;

/**
 * The version after a publish and the request's files as the repository now holds them (an identical file sent
 * again is the one already there).
 *
 * @param created whether this publish created the version (rather than adding files to it)
 */
public record PublishOutcome(PackageVersion version, List<Asset> assets, boolean created) {
    public PublishOutcome {
        assets = List.copyOf(assets);
    }
}
