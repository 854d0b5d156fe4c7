package dev.packyard.server.packages;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.Repository;
import dev.packyard.server.ServerContext;
import dev.packyard.service.error.AccessDeniedException;
import dev.packyard.service.error.ConflictException;
import dev.packyard.service.error.ResourceType;
import dev.packyard.service.packages.PublishException;
import dev.packyard.service.resolution.ResolutionPlan;
import dev.packyard.service.resolution.ResolutionStep;
import dev.packyard.upstream.metadata.VersionCheck;
import dev.packyard.upstream.metadata.VersionChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a package manager's publish must pass, with the rules of generic publishing: origin controls
 * (publish=BLOCK refuses), no version that this repository or an upstream repository already has, and no version the
 * public registry behind an external connection has (409). When the registry cannot be asked (an outage), the
 * publish is let through and recorded as a publish exception once it succeeded (seed rule 3).
 */
public final class PublishGuard {
    private static final Logger LOG = LoggerFactory.getLogger(PublishGuard.class);

    private final ServerContext context;
    private final VersionChecker checker;

    public PublishGuard(ServerContext context) {
        this.context = context;
        this.checker = context.fetch().versionChecker();
    }

    /** The checks that could not be made, to {@link #recordUnchecked} after the version is stored. */
    public record Clearance(List<Unchecked> unchecked) {
    }

    public record Unchecked(ExternalConnection connection, String reason) {
    }

    public Clearance check(Repository repository, PackageCoordinate coordinate, String version) {
        Optional<PackageSummary> existing = context.packageStore().findPackage(repository.id(), coordinate);
        if (existing.isPresent() && !existing.get().originRestrictions().publishAllowed()) {
            throw new AccessDeniedException("Publishing " + coordinate.displayName() + " to repository " + repository.name()
                    + " is blocked by the package's origin configuration (publish=BLOCK, which is the default for a package "
                    + "first fetched from upstream): allow it with 'aws codeartifact put-package-origin-configuration "
                    + "--restrictions publish=ALLOW,upstream=BLOCK', or publish under another name or to another repository");
        }
        if (context.packageStore().findVersion(repository.id(), coordinate, version).isPresent()) {
            throw new ConflictException("Version " + version + " of " + coordinate.displayName() + " already exists in "
                    + "repository " + repository.name() + ": versions cannot be overwritten; publish a new version",
                    version, ResourceType.PACKAGE_VERSION);
        }
        boolean upstreamAllowed = existing.map(p -> p.originRestrictions().upstreamAllowed()).orElse(true);
        if (!upstreamAllowed) {
            return new Clearance(List.of());
        }
        ResolutionPlan plan = context.resolver().plan(repository, coordinate);
        for (ResolutionStep step : plan.steps()) {
            if (!step.repository().id().equals(repository.id())
                    && context.packageStore().findVersion(step.repository().id(), coordinate, version).isPresent()) {
                throw new ConflictException("Version " + version + " of " + coordinate.displayName() + " already exists in "
                        + "upstream repository " + step.repository().name() + ": choose another version, or block upstream "
                        + "versions for this package (upstream=BLOCK) to publish it here", version, ResourceType.PACKAGE_VERSION);
            }
        }
        List<Unchecked> unchecked = new ArrayList<>();
        for (ResolutionStep step : plan.externalSteps()) {
            ExternalConnection connection = step.externalConnection().orElseThrow();
            VersionCheck answer = checker.check(repository.domain(), connection, coordinate, version);
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
        return new Clearance(unchecked);
    }

    /** Records the checks that could not be made for a version that is now published. */
    public void recordUnchecked(Repository repository, PackageCoordinate coordinate, String version, Clearance clearance) {
        for (Unchecked u : clearance.unchecked()) {
            PublishException recorded = context.publishExceptions().record(repository.id(), coordinate, version,
                    u.connection().connectionName(),
                    "the public registry could not be asked whether it already has this version (" + u.reason() + ")");
            LOG.warn("Publish exception: {}", recorded.describe());
        }
    }
}
