package dev.packyard.application.fetch;

import dev.packyard.model.Asset;
import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.service.persistence.BlobStore;
import dev.packyard.service.persistence.PackageStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/** Files whose content is in the domain's blob store: found in a repository, and streamed to a requester. */
final class StoredFiles {
    private final PackageStore packages;
    private final BlobStore blobs;

    StoredFiles(PackageStore packages, BlobStore blobs) {
        this.packages = packages;
        this.blobs = blobs;
    }

    Optional<Asset> retained(Repository holder, PackageCoordinate coordinate, String version, String assetName) {
        return packages.listAssets(holder.id(), coordinate, version).stream().filter(a -> a.name().equals(assetName))
                .filter(a -> blobs.exists(holder.domain(), a.sha256())).findFirst();
    }

    void send(DomainId domain, Asset asset, VersionSource source, AssetReceiver receiver) throws IOException {
        Optional<InputStream> content = blobs.open(domain, asset.sha256());
        if (content.isEmpty()) {
            throw new IOException("The stored content of " + asset.name() + " (" + asset.sha256() + ") is missing from the "
                    + "blob store; delete the version and fetch or publish it again");
        }
        try (InputStream in = content.get()) {
            OutputStream out = receiver.begin(new AssetEntry(asset.name(), asset.size(), asset.hashes()), source);
            in.transferTo(out);
            out.flush();
        }
    }
}
