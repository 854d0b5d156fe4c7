package dev.packyard.model;

import java.util.Objects;

/** A package a domain search found: the package in its repository, and how many versions that repository keeps. */
public record PackageSearchHit(PackageSummary summary, int versions) {
    public PackageSearchHit {
        Objects.requireNonNull(summary, "summary");
    }

    public RepositoryId repository() {
        return summary.repository();
    }

    public PackageCoordinate coordinate() {
        return summary.coordinate();
    }
}
