package dev.packyard.application.publish;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.model.VersionMetadata;
import java.util.List;
import java.util.Optional;

/**
 * One publish, as a format's parser read it from the client's upload: the files already spooled and hashed, the
 * manifest document to serve back (npm's package.json, PyPI's requires-python) and the format's options.
 */
public record PublishRequest(Repository repository, PackageCoordinate coordinate, String version, List<SpooledAsset> assets,
                             Optional<String> manifestJson, VersionMetadata metadata, PublishOptions options) {
    public PublishRequest {
        assets = List.copyOf(assets);
        if (assets.isEmpty()) {
            throw new IllegalArgumentException("a publish carries at least one file");
        }
    }
}
