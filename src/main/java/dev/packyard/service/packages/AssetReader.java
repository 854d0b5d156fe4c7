package dev.packyard.service.packages;

import dev.packyard.model.Asset;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.service.error.ConflictException;
import dev.packyard.service.error.InternalServerException;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.service.error.ResourceType;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.persistence.BlobStore;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.validation.Fields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** GetPackageVersionAsset: finds an asset of a version in a repository and opens its content in the blob store. */
public final class AssetReader {
    private final PackageLocator locator;
    private final PackageStore packages;
    private final BlobStore blobs;

    public AssetReader(PackageLocator locator, PackageStore packages, BlobStore blobs) {
        this.locator = locator;
        this.packages = packages;
        this.blobs = blobs;
    }

    public AssetContent open(PackageRef ref, String version, String assetName, String revision) {
        String name = Fields.required("asset", assetName);
        PackageVersion v = locator.requireVersion(ref, version);
        if (revision != null && !revision.isEmpty() && !revision.equals(v.revision())) {
            throw new ResourceNotFoundException("Version " + v.version() + " of " + ref.coordinate().displayName()
                    + " has no revision " + revision + " (its current revision is " + v.revision() + ")",
                    v.version(), ResourceType.PACKAGE_VERSION);
        }
        if (!v.status().assetsDownloadable() && v.status() != PackageVersionStatus.Unfinished) {
            throw new ConflictException("Version " + v.version() + " of " + ref.coordinate().displayName() + " is "
                    + v.status() + ", so its assets cannot be downloaded" + (v.status()
                    == PackageVersionStatus.Archived ? ": set its status to Published or Unlisted first"
                    : ""), v.version(), ResourceType.PACKAGE_VERSION);
        }
        Asset asset = packages.listAssets(ref.repository().id(), ref.coordinate(), v.version()).stream()
                .filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("Version " + v.version() + " of "
                        + ref.coordinate().displayName() + " has no asset named " + name
                        + ": list-package-version-assets shows its assets", name, ResourceType.ASSET));
        Optional<InputStream> content;
        try {
            content = blobs.open(ref.repository().domain(), asset.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("Asset " + name + " has an unreadable content hash");
        }
        return new AssetContent(v, asset, content.orElseThrow(() -> new InternalServerException("The content of asset "
                + name + " (SHA-256 " + asset.sha256() + ") is missing from the blob store of domain "
                + ref.repository().domain().name() + ": the data directory is damaged; restore it from a backup, or "
                + "delete the version and publish it again")));
    }
}
