package dev.packyard.service.packages;

import dev.packyard.model.Asset;
import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.persistence.BlobStore;
import dev.packyard.service.persistence.ManifestStore;
import dev.packyard.service.persistence.PackageStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * What a format's endpoints ask about what one repository itself holds (no upstream, no CodeArtifact paging or
 * errors), so that they reach the catalogue, the manifests and the blobs through a service rather than the stores; and
 * the one change an endpoint makes to it outside publishing, a version's manifest (npm deprecate).
 */
public final class HeldPackages {
    private final PackageStore packages;
    private final BlobStore blobs;
    private final ManifestStore manifests;

    public HeldPackages(PackageStore packages, BlobStore blobs, ManifestStore manifests) {
        this.packages = packages;
        this.blobs = blobs;
        this.manifests = manifests;
    }

    /** One page of the repository's packages of {@code format}, in coordinate order, after {@code after} (null: from the start). */
    public List<PackageSummary> page(RepositoryId repository, PackageFormat format, PackageCoordinate after, int limit) {
        return packages.listPackages(repository, new PackageStore.PackageFilter(format, null, null, null, null), after, limit);
    }

    /** All the repository's packages of {@code format} whose namespace starts with {@code namespacePrefix}. */
    public List<PackageSummary> inNamespace(RepositoryId repository, PackageFormat format, String namespacePrefix) {
        return packages.listPackages(repository, new PackageStore.PackageFilter(format, namespacePrefix, null, null, null), null,
                Integer.MAX_VALUE);
    }

    public Optional<PackageVersion> version(RepositoryId repository, PackageCoordinate coordinate, String version) {
        return packages.findVersion(repository, coordinate, version);
    }

    /** Every Published version of the package this repository holds, in the store's order (a format sorts them by its own). */
    public List<PackageVersion> publishedVersions(RepositoryId repository, PackageCoordinate coordinate) {
        return packages.listVersions(repository, coordinate, new PackageStore.VersionFilter(PackageVersionStatus.Published, null),
                PackageStore.VersionOrder.VERSION, null, Integer.MAX_VALUE);
    }

    public List<Asset> assets(RepositoryId repository, PackageCoordinate coordinate, String version) {
        return packages.listAssets(repository, coordinate, version);
    }

    /** The asset's content from the domain's blobs; empty when the blob is missing. */
    public Optional<InputStream> content(DomainId domain, Asset asset) throws IOException {
        return blobs.open(domain, asset.sha256());
    }

    /** The manifest a package manager published with the version (npm's package.json, PyPI's requires-python...). */
    public Optional<String> manifest(RepositoryId repository, PackageCoordinate coordinate, String version) {
        return manifests.find(repository, coordinate, version);
    }

    /** Replaces the manifest of a version the repository has (npm deprecate / undeprecate). */
    public void replaceManifest(RepositoryId repository, PackageCoordinate coordinate, String version, String manifestJson) {
        manifests.put(repository, coordinate, version, manifestJson);
    }
}
