package dev.packyard.service.packages;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.Page;
import java.util.Optional;

/** A page of list-package-versions with the package-level members kept from the first page. */
public record VersionListing(PackageCoordinate coordinate, Optional<String> defaultDisplayVersion, Page<PackageVersion> page) {
}
