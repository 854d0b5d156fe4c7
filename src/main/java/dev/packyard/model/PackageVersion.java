package dev.packyard.model;

import java.time.Instant;
import java.util.Objects;

/** A version of a package as retained in one repository; its assets are listed separately. */
public record PackageVersion(
        RepositoryId repository,
        PackageCoordinate coordinate,
        String version,
        String revision,
        PackageVersionStatus status,
        PackageVersionOrigin origin,
        Instant publishedTime,
        VersionMetadata metadata) {

    public PackageVersion {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(coordinate, "coordinate");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(publishedTime, "publishedTime");
        metadata = metadata == null ? VersionMetadata.EMPTY : metadata;
    }

    public PackageVersion withStatus(PackageVersionStatus newStatus, String newRevision) {
        return new PackageVersion(repository, coordinate, version, newRevision, newStatus, origin, publishedTime, metadata);
    }
}
