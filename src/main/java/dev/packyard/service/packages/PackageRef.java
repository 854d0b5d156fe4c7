package dev.packyard.service.packages;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;

/** A validated request target: an existing repository and a normalised package coordinate. */
public record PackageRef(Repository repository, PackageCoordinate coordinate) {
}
