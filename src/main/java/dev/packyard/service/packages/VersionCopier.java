package dev.packyard.service.packages;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.service.resolution.UpstreamResolver;
import dev.packyard.service.validation.Fields;
import java.util.List;
import java.util.Map;

/** CopyPackageVersions between two repositories of one domain, optionally finding versions in the source's upstreams. */
public final class VersionCopier {
    private final RepositoryService repositories;
    private final VersionService versions;
    private final UpstreamResolver resolver;

    public VersionCopier(RepositoryService repositories, VersionService versions, UpstreamResolver resolver) {
        this.repositories = repositories;
        this.versions = versions;
        this.resolver = resolver;
    }

    public BatchResult copy(String owner, String domain, String sourceRepository, String destinationRepository,
                            String format, String namespace, String packageName, List<String> versionNames,
                            Map<String, String> versionRevisions, boolean allowOverwrite, boolean includeFromUpstream) {
        Fields.repositoryName("source-repository", sourceRepository);
        Fields.repositoryName("destination-repository", destinationRepository);
        PackageCoordinate coordinate = PackageLocator.coordinate(format, namespace, packageName);
        Repository source = repositories.require(owner, domain, sourceRepository);
        Repository destination = repositories.require(owner, domain, destinationRepository);
        VersionService.SourceLookup upstream = includeFromUpstream
                ? (c, v) -> resolver.findRetained(resolver.plan(source, c), v)
                : null;
        return versions.copy(source, destination, coordinate, versionNames, versionRevisions, allowOverwrite, upstream);
    }
}
