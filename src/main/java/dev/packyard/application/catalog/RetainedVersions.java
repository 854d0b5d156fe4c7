package dev.packyard.application.catalog;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.persistence.PackageStore;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The versions of a package that repositories keep now, whatever their status: what the console counts. */
public final class RetainedVersions {
    private final PackageStore packages;

    public RetainedVersions(PackageStore packages) {
        this.packages = packages;
    }

    public int in(RepositoryId repository, PackageCoordinate coordinate) {
        return all(repository, coordinate).size();
    }

    /** The distinct version names kept across these repositories (a version kept twice counts once). */
    public int across(Collection<RepositoryId> repositories, PackageCoordinate coordinate) {
        Set<String> names = new HashSet<>();
        for (RepositoryId repository : repositories) {
            all(repository, coordinate).stream().map(PackageVersion::version).forEach(names::add);
        }
        return names.size();
    }

    private List<PackageVersion> all(RepositoryId repository, PackageCoordinate coordinate) {
        return packages.listVersions(repository, coordinate, PackageStore.VersionFilter.NONE,
                PackageStore.VersionOrder.VERSION, null, Integer.MAX_VALUE);
    }
}
