package dev.packyard.model;

import java.util.Objects;

/** A package as it exists in one repository, with its origin controls. */
public record PackageSummary(RepositoryId repository, PackageCoordinate coordinate, OriginRestrictions originRestrictions) {
    public PackageSummary {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(coordinate, "coordinate");
        Objects.requireNonNull(originRestrictions, "originRestrictions");
    }
}
