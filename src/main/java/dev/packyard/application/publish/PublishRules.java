package dev.packyard.application.publish;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.Repository;
import dev.packyard.model.groups.OriginRestrictionType;
import dev.packyard.service.error.AccessDeniedException;
import dev.packyard.service.error.ConflictException;
import dev.packyard.service.error.ResourceType;
import dev.packyard.service.groups.GroupOriginCheck;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.resolution.ResolutionPlan;
import dev.packyard.service.resolution.ResolutionStep;
import dev.packyard.service.resolution.UpstreamResolver;
import dev.packyard.upstream.metadata.VersionCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CodeArtifact's rules for a direct publish: origin controls (publish=BLOCK refuses), and with upstream=ALLOW no
 * version that an upstream repository or the public registry behind an external connection already has (409), since
 * it would shadow that one. When the registry cannot be asked (an outage) the publish is let through, and the
 * checks that could not be made are handed back to be recorded.
 */
final class PublishRules {
    private final PackageStore packages;
    private final UpstreamResolver resolver;
    private final PublicRegistryCheck registry;
    private final GroupOriginCheck groups;

    PublishRules(PackageStore packages, UpstreamResolver resolver, PublicRegistryCheck registry, GroupOriginCheck groups) {
        this.packages = packages;
        this.resolver = resolver;
        this.registry = registry;
        this.groups = groups;
    }

    /** A public-registry check that could not be made for a version that is being published. */
    record Unchecked(ExternalConnection connection, String reason) {
    }

    /**
     * The package as it is now; refuses when its origin controls block publishing, or when the package group governing
     * it does not allow publishing to this repository (both have to allow it).
     */
    Optional<PackageSummary> requirePublishAllowed(Repository repository, PackageCoordinate coordinate) {
        Optional<PackageSummary> existing = packages.findPackage(repository.id(), coordinate);
        if (existing.isPresent() && !existing.get().originRestrictions().publishAllowed()) {
            throw new AccessDeniedException("Publishing " + coordinate.displayName() + " to repository " + repository.name()
                    + " is blocked by the package's origin configuration (publish=BLOCK, which is the default for a package "
                    + "first fetched from upstream): allow it with 'aws codeartifact put-package-origin-configuration "
                    + "--restrictions publish=ALLOW,upstream=BLOCK', or publish under another name or to another repository");
        }
        groups.require(repository, coordinate, OriginRestrictionType.PUBLISH);
        return existing;
    }

    static boolean upstreamAllowed(Optional<PackageSummary> existing) {
        return existing.map(p -> p.originRestrictions().upstreamAllowed()).orElse(true);
    }

    /** Refuses a new version that a repository upstream of this one already has. */
    void refuseUpstreamRepositoryVersion(Repository repository, PackageCoordinate coordinate, String version) {
        for (ResolutionStep step : resolver.plan(repository, coordinate).steps()) {
            if (!step.repository().id().equals(repository.id())
                    && packages.findVersion(step.repository().id(), coordinate, version).isPresent()) {
                throw new ConflictException("Version " + version + " of " + coordinate.displayName() + " already exists in "
                        + "upstream repository " + step.repository().name() + ": choose another version, or block upstream "
                        + "versions for this package (upstream=BLOCK) to publish it here", version, ResourceType.PACKAGE_VERSION);
            }
        }
    }

    /**
     * Asks the public registries the repository reaches (through the metadata cache, so this may wait on the
     * network: never called under the catalogue lock). Refuses a version a registry lists; returns the checks that
     * could not be made.
     */
    List<Unchecked> refusePublicRegistryVersion(Repository repository, PackageCoordinate coordinate, String version) {
        ResolutionPlan plan = resolver.plan(repository, coordinate);
        List<Unchecked> unchecked = new ArrayList<>();
        for (ResolutionStep step : plan.externalSteps()) {
            ExternalConnection connection = step.externalConnection().orElseThrow();
            VersionCheck answer = registry.check(repository.domain(), connection, coordinate, version);
            switch (answer.answer()) {
                case EXISTS_UPSTREAM -> throw new ConflictException("Version " + version + " of " + coordinate.displayName()
                        + " already exists in the public registry behind " + connection.connectionName() + " (reached through "
                        + step.repository().name() + "): publishing it here would shadow that version; choose another "
                        + "version, or block upstream versions for this package (upstream=BLOCK)", version,
                        ResourceType.PACKAGE_VERSION);
                case CANNOT_TELL -> unchecked.add(new Unchecked(connection, answer.explanation()));
                case ABSENT_UPSTREAM -> { }
            }
        }
        return unchecked;
    }
}
