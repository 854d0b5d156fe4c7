package dev.packyard.service.persistence;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.RepositoryId;
import dev.packyard.model.VersionDetails;
import java.util.Optional;

/**
 * The details once read from a version's archive, kept with the version (and gone with it) so that later asks do
 * not read the blob again. The SHA-256 of the asset they were read from tells whether they still hold.
 */
public interface VersionDetailsStore {
    Optional<Extracted> find(RepositoryId repository, PackageCoordinate coordinate, String version);

    /** Keeps or replaces the details; does nothing when the version went away meanwhile. */
    void put(RepositoryId repository, PackageCoordinate coordinate, String version, Extracted extracted);

    /** Details and the content hash of the asset they came from. */
    record Extracted(String sourceSha256, VersionDetails details) {
    }
}
