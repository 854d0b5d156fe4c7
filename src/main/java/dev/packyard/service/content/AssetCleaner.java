package dev.packyard.service.content;

import dev.packyard.model.Asset;
import dev.packyard.model.DomainId;
import dev.packyard.service.persistence.BlobStore;
import dev.packyard.service.persistence.PackageStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Deletes asset contents that no repository of the domain refers to any more. */
public final class AssetCleaner {
    private final PackageStore packages;
    private final BlobStore blobs;

    public AssetCleaner(PackageStore packages, BlobStore blobs) {
        this.packages = packages;
        this.blobs = blobs;
    }

    public void releaseContent(DomainId domain, List<Asset> released) {
        for (Asset asset : released) {
            if (!packages.contentReferenced(domain, asset.sha256())) {
                try {
                    blobs.delete(domain, asset.sha256());
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not delete unused content " + asset.sha256(), e);
                }
            }
        }
    }
}
