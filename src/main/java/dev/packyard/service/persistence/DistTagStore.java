package dev.packyard.service.persistence;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.RepositoryId;
import java.util.Map;

/** The npm dist-tags a repository keeps for its packages (tag → version), stored with the package. */
public interface DistTagStore {
    /** The package's tags in this repository, in tag order; empty when the repository does not hold the package. */
    Map<String, String> tags(RepositoryId repository, PackageCoordinate coordinate);

    /** Sets or moves a tag; false when the repository does not hold the package. */
    boolean put(RepositoryId repository, PackageCoordinate coordinate, String tag, String version);

    /** Removes a tag; false when it was not set. */
    boolean remove(RepositoryId repository, PackageCoordinate coordinate, String tag);
}
