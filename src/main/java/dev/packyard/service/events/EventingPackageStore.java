package dev.packyard.service.events;

import dev.packyard.model.Asset;
import dev.packyard.model.DomainId;
import dev.packyard.model.OriginRestrictions;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageSearch;
import dev.packyard.model.PackageSearchHit;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.persistence.PackageStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The package store, with an event for every package version state change once the store has made it: a version
 * published, ingested, retained or copied (Created), its status changed or assets added or removed (Updated), or
 * deleted (Deleted). Every path that changes a version goes through the store, so none is missed.
 */
public final class EventingPackageStore implements PackageStore {
    private final PackageStore store;
    private final PackageEvents events;

    public EventingPackageStore(PackageStore store, PackageEvents events) {
        this.store = store;
        this.events = events;
    }

    @Override
    public void insertVersion(PackageVersion version, List<Asset> assets) {
        store.insertVersion(version, assets);
        emit(version, VersionChange.created(assets.size()));
    }

    @Override
    public void insertPublishedVersion(PublishedVersionWrite write) {
        store.insertPublishedVersion(write);
        emit(write.version(), VersionChange.created(write.assets().size()));
    }

    @Override
    public void updateStatus(RepositoryId repository, PackageCoordinate coordinate, String version,
                             PackageVersionStatus status, String revision) {
        Optional<PackageVersion> before = store.findVersion(repository, coordinate, version);
        store.updateStatus(repository, coordinate, version, status, revision);
        if (before.isEmpty() || before.get().status() != status) {
            events.emit(repository, coordinate, version, status, revision, VersionChange.statusChange());
        }
    }

    @Override
    public void addAssets(RepositoryId repository, PackageCoordinate coordinate, String version, List<Asset> assets,
                          PackageVersionStatus status, String revision) {
        Optional<PackageVersion> before = store.findVersion(repository, coordinate, version);
        store.addAssets(repository, coordinate, version, assets, status, revision);
        boolean statusChanged = before.map(v -> v.status() != status).orElse(true);
        events.emit(repository, coordinate, version, status, revision, VersionChange.assetsAdded(assets.size(),
                statusChanged));
    }

    @Override
    public void deleteAssets(RepositoryId repository, PackageCoordinate coordinate, String version) {
        Optional<PackageVersion> before = store.findVersion(repository, coordinate, version);
        int count = store.listAssets(repository, coordinate, version).size();
        store.deleteAssets(repository, coordinate, version);
        if (before.isPresent() && count > 0) {
            events.emit(repository, coordinate, version, before.get().status(), before.get().revision(),
                    VersionChange.assetsRemoved(count));
        }
    }

    @Override
    public void deleteVersion(RepositoryId repository, PackageCoordinate coordinate, String version) {
        Optional<PackageVersion> before = store.findVersion(repository, coordinate, version);
        int count = before.isPresent() ? store.listAssets(repository, coordinate, version).size() : 0;
        store.deleteVersion(repository, coordinate, version);
        before.ifPresent(v -> events.emit(repository, coordinate, version, v.status(), v.revision(),
                VersionChange.deleted(count)));
    }

    private void emit(PackageVersion v, VersionChange change) {
        events.emit(v.repository(), v.coordinate(), v.version(), v.status(), v.revision(), change);
    }

    @Override
    public Optional<PackageSummary> findPackage(RepositoryId repository, PackageCoordinate coordinate) {
        return store.findPackage(repository, coordinate);
    }

    @Override
    public PackageSummary putPackage(RepositoryId repository, PackageCoordinate coordinate, OriginRestrictions restrictions) {
        return store.putPackage(repository, coordinate, restrictions);
    }

    @Override
    public void deletePackage(RepositoryId repository, PackageCoordinate coordinate) {
        store.deletePackage(repository, coordinate);
    }

    @Override
    public List<PackageSummary> listPackages(RepositoryId repository, PackageFilter filter, PackageCoordinate after,
                                             int limit) {
        return store.listPackages(repository, filter, after, limit);
    }

    @Override
    public List<PackageSearchHit> searchDomain(DomainId domain, PackageSearch search, int limit) {
        return store.searchDomain(domain, search, limit);
    }

    @Override
    public int countPackages(RepositoryId repository, PackageFilter filter) {
        return store.countPackages(repository, filter);
    }

    @Override
    public Optional<PackageVersion> findVersion(RepositoryId repository, PackageCoordinate coordinate, String version) {
        return store.findVersion(repository, coordinate, version);
    }

    @Override
    public List<PackageVersion> listVersions(RepositoryId repository, PackageCoordinate coordinate, VersionFilter filter,
                                             VersionOrder order, VersionKey after, int limit) {
        return store.listVersions(repository, coordinate, filter, order, after, limit);
    }

    @Override
    public List<Asset> listAssets(RepositoryId repository, PackageCoordinate coordinate, String version) {
        return store.listAssets(repository, coordinate, version);
    }

    @Override
    public Map<String, List<Asset>> assetsByVersion(RepositoryId repository, PackageCoordinate coordinate) {
        return store.assetsByVersion(repository, coordinate);
    }

    @Override
    public List<Asset> assetsOfRepository(RepositoryId repository) {
        return store.assetsOfRepository(repository);
    }

    @Override
    public boolean contentReferenced(DomainId domain, String sha256) {
        return store.contentReferenced(domain, sha256);
    }
}
