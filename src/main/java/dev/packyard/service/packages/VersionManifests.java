package dev.packyard.service.packages;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.persistence.ManifestStore;
import java.util.Optional;

/**
 * The manifest a package manager published with each version (npm's package.json, PyPI's requires-python...), as the
 * format endpoints serve it back; npm's deprecate rewrites it. The endpoints see this service, not the store port.
 */
public final class VersionManifests {
    private final ManifestStore store;

    public VersionManifests(ManifestStore store) {
        this.store = store;
    }

    public Optional<String> find(RepositoryId repository, PackageCoordinate coordinate, String version) {
        return store.find(repository, coordinate, version);
    }

    /** Replaces the manifest of a version the repository has (npm deprecate / undeprecate). */
    public void replace(RepositoryId repository, PackageCoordinate coordinate, String version, String manifestJson) {
        store.put(repository, coordinate, version, manifestJson);
    }
}
