package dev.packyard.service.packages;

import dev.packyard.model.Asset;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.RepositoryId;
import dev.packyard.model.VersionMetadata;
import java.time.Instant;
import java.util.List;

/** A version arriving in a repository, by publishing or by retention from an upstream or external connection. */
public record NewVersion(RepositoryId repository, PackageCoordinate coordinate, String version, PackageVersionStatus status,
                         PackageVersionOrigin origin, Instant publishedTime, VersionMetadata metadata, List<Asset> assets) {
    public NewVersion {
        assets = List.copyOf(assets);
    }
}
