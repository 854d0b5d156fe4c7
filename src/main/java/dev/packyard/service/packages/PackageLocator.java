package dev.packyard.service.packages;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersion;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.service.error.ResourceType;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.service.validation.Fields;

/** Turns the identifiers of a package request into checked objects, failing with messages that name what is missing. */
public final class PackageLocator {
    private final RepositoryService repositories;
    private final PackageStore packages;

    public PackageLocator(RepositoryService repositories, PackageStore packages) {
        this.repositories = repositories;
        this.packages = packages;
    }

    public static PackageCoordinate coordinate(String format, String namespace, String name) {
        PackageFormat f = Fields.format(format);
        String ns = Fields.namespace(namespace);
        Fields.namespaceFitsFormat(f, ns);
        return PackageCoordinate.of(f, ns, Fields.packageName(name));
    }

    public PackageRef locate(String owner, String domain, String repository, String format, String namespace, String name) {
        PackageCoordinate coordinate = coordinate(format, namespace, name);
        return new PackageRef(repositories.require(owner, domain, repository), coordinate);
    }

    public PackageSummary requirePackage(PackageRef ref) {
        return packages.findPackage(ref.repository().id(), ref.coordinate()).orElseThrow(() ->
                new ResourceNotFoundException("Package " + ref.coordinate().displayName() + " (" + ref.coordinate().format()
                        + ") is not in repository " + ref.repository().name() + ". Versions only in upstream repositories "
                        + "are not listed until a package manager fetches them through this repository",
                        ref.coordinate().name(), ResourceType.PACKAGE));
    }

    public PackageVersion requireVersion(PackageRef ref, String version) {
        String v = Fields.version(version);
        requirePackage(ref);
        return packages.findVersion(ref.repository().id(), ref.coordinate(), v).orElseThrow(() ->
                new ResourceNotFoundException("Version " + v + " of " + ref.coordinate().displayName() + " is not in repository "
                        + ref.repository().name(), v, ResourceType.PACKAGE_VERSION));
    }
}
