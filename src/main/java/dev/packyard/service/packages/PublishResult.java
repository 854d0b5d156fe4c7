package dev.packyard.service.packages;

import dev.packyard.model.Asset;
import dev.packyard.model.PackageVersion;

/** The version after a publish and the asset that was published. */
public record PublishResult(PackageVersion version, Asset asset) {
}
