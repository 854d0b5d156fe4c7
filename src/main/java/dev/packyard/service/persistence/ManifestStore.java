package dev.packyard.service.persistence;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.RepositoryId;
import java.util.Optional;

/**
 * The manifest a package manager published with a version (npm's package.json with its dependencies, PyPI's
 * requires-python...), as JSON text, served back to clients; it goes away with the version.
 */
public interface ManifestStore {
    /** Stores or replaces the manifest of a version the repository has. */
    void put(RepositoryId repository, PackageCoordinate coordinate, String version, String manifestJson);

    Optional<String> find(RepositoryId repository, PackageCoordinate coordinate, String version);
}
