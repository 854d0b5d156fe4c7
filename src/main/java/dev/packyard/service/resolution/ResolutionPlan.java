package dev.packyard.service.resolution;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.model.RepositoryId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where to look for a package requested from a repository, in CodeArtifact's order, and where a found version
 * is retained.
 */
public record ResolutionPlan(Repository requesting, PackageCoordinate coordinate, List<ResolutionStep> steps,
                             List<String> skippedMissingUpstreams, boolean truncatedAtLimit) {
    public ResolutionPlan {
        steps = List.copyOf(steps);
        skippedMissingUpstreams = List.copyOf(skippedMissingUpstreams);
    }

    /**
     * The repositories that keep a version found at {@code step}: the requesting repository, and for a version
     * fetched through an external connection also the repository owning that connection. Intermediate
     * repositories keep nothing.
     */
    public Set<RepositoryId> retentionTargets(ResolutionStep step, boolean fetchedExternally) {
        Set<RepositoryId> targets = new LinkedHashSet<>();
        if (!step.repository().id().equals(requesting.id())) {
            targets.add(requesting.id());
        }
        if (fetchedExternally) {
            targets.add(step.repository().id());
        }
        return targets;
    }

    /** The steps that can reach a public registry, in order. */
    public List<ResolutionStep> externalSteps() {
        return steps.stream().filter(s -> s.externalConnection().isPresent()).toList();
    }
}
