package dev.packyard.service.details;

import dev.packyard.model.Asset;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.VersionDetails;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * How one format reads a stored version's details (summary, licenses, readme, dependencies...) from the asset that
 * describes it: npm's tarball, a wheel or sdist, a POM. Implementations live in the format's folder.
 */
public interface VersionDetailsReader {
    /** The asset whose content describes the version, when the version has one. */
    Optional<Asset> describingAsset(PackageCoordinate coordinate, String version, List<Asset> assets);

    /**
     * Reads the details from that asset's content. The content comes from anyone who could publish or from a public
     * registry: every read must be bounded ({@link BoundedReads}), and content that is not what the format expects
     * fails with an {@link IOException} rather than a partial answer.
     */
    VersionDetails read(PackageCoordinate coordinate, String version, Asset asset, InputStream content) throws IOException;
}
