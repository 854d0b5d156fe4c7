package dev.packyard.service.persistence;

import dev.packyard.model.Asset;
import dev.packyard.model.DomainId;
import dev.packyard.model.OriginRestrictions;
import dev.packyard.model.OriginType;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSearch;
import dev.packyard.model.PackageSearchHit;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Restriction;
import dev.packyard.model.RepositoryId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Persistence of packages, their versions and the versions' asset records (content lives in the blob store). */
public interface PackageStore {
    Optional<PackageSummary> findPackage(RepositoryId repository, PackageCoordinate coordinate);

    /** Creates the package with these restrictions, or replaces the restrictions of an existing one. */
    PackageSummary putPackage(RepositoryId repository, PackageCoordinate coordinate, OriginRestrictions restrictions);

    /** Deletes the package with all its versions and asset records. */
    void deletePackage(RepositoryId repository, PackageCoordinate coordinate);

    /** Packages ordered by format, namespace and name, strictly after {@code after} (null for the first page). */
    List<PackageSummary> listPackages(RepositoryId repository, PackageFilter filter, PackageCoordinate after, int limit);

    /**
     * The packages of every repository of the domain that match the search, at most {@code limit}: names matching
     * first (by name, namespace, format, then repository in the order they were created), then namespaces matching.
     */
    List<PackageSearchHit> searchDomain(DomainId domain, PackageSearch search, int limit);

    /** How many packages of the repository pass the filter. */
    int countPackages(RepositoryId repository, PackageFilter filter);

    Optional<PackageVersion> findVersion(RepositoryId repository, PackageCoordinate coordinate, String version);

    List<PackageVersion> listVersions(RepositoryId repository, PackageCoordinate coordinate, VersionFilter filter,
                                      VersionOrder order, VersionKey after, int limit);

    /** Inserts a version and its assets; the package must exist. */
    void insertVersion(PackageVersion version, List<Asset> assets);

    /**
     * A published version in one transaction: the package (created with {@code restrictionsIfNew} when absent), the
     * version, its asset records, its manifest and the dist-tags that move to it; all visible together or not at all.
     */
    void insertPublishedVersion(PublishedVersionWrite write);

    void updateStatus(RepositoryId repository, PackageCoordinate coordinate, String version, PackageVersionStatus status, String revision);

    /** Adds assets to an existing version and sets its new status and revision, in one transaction. */
    void addAssets(RepositoryId repository, PackageCoordinate coordinate, String version, List<Asset> assets,
                   PackageVersionStatus status, String revision);

    /** Removes the asset records of a version (its content may still be used by other versions). */
    void deleteAssets(RepositoryId repository, PackageCoordinate coordinate, String version);

    void deleteVersion(RepositoryId repository, PackageCoordinate coordinate, String version);

    List<Asset> listAssets(RepositoryId repository, PackageCoordinate coordinate, String version);

    /** The asset records of every version of a package in one repository, by version, in one query. */
    Map<String, List<Asset>> assetsByVersion(RepositoryId repository, PackageCoordinate coordinate);

    /** Every asset record of a repository (one per content), e.g. to release contents when it is deleted. */
    List<Asset> assetsOfRepository(RepositoryId repository);

    /** Whether any asset record of the domain still points at this content. */
    boolean contentReferenced(DomainId domain, String sha256);

    /** What {@link #insertPublishedVersion} writes; {@code distTags} maps a tag to the version it points at. */
    record PublishedVersionWrite(PackageVersion version, List<Asset> assets, OriginRestrictions restrictionsIfNew,
                                 Optional<String> manifestJson, Map<String, String> distTags) {
        public PublishedVersionWrite {
            assets = List.copyOf(assets);
            distTags = Map.copyOf(distTags);
        }
    }

    record PackageFilter(PackageFormat format, String namespacePrefix, String packagePrefix, Restriction publish, Restriction upstream) {
        public static final PackageFilter NONE = new PackageFilter(null, null, null, null, null);
    }

    record VersionFilter(PackageVersionStatus status, OriginType originType) {
        public static final VersionFilter NONE = new VersionFilter(null, null);
    }

    enum VersionOrder { VERSION, PUBLISHED_TIME }

    /** The keyset position of a version in a listing: its published time (for time order) and its version string. */
    record VersionKey(long publishedMillis, String version) {
    }
}
