package dev.packyard.service.resolution;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.OriginRestrictions;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.Repository;
import dev.packyard.service.account.Quotas;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.persistence.RepositoryStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CodeArtifact's upstream resolution: the requesting repository, then each upstream in list order, depth first
 * (an upstream's own upstreams come before the next sibling), at most 25 repositories, each once. A repository
 * whose package has {@code upstream=BLOCK} is searched itself but its upstreams and external connection are not.
 */
public final class UpstreamResolver {
    private final RepositoryStore repositories;
    private final PackageStore packages;
    private final Quotas quotas;

    public UpstreamResolver(RepositoryStore repositories, PackageStore packages, Quotas quotas) {
        this.repositories = repositories;
        this.packages = packages;
        this.quotas = quotas;
    }

    public ResolutionPlan plan(Repository requesting, PackageCoordinate coordinate) {
        Map<String, Repository> byName = new HashMap<>();
        for (Repository r : repositories.listAllInDomain(requesting.domain())) {
            byName.put(r.name(), r);
        }
        byName.put(requesting.name(), requesting);
        Walk walk = new Walk(byName, coordinate);
        walk.visit(requesting);
        return new ResolutionPlan(requesting, coordinate, walk.steps, walk.missing, walk.truncated);
    }

    /** The first repository on the plan that retains the version in a downloadable state. */
    public Optional<PackageVersion> findRetained(ResolutionPlan plan, String version) {
        for (ResolutionStep step : plan.steps()) {
            Optional<PackageVersion> v = packages.findVersion(step.repository().id(), plan.coordinate(), version);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private final class Walk {
        private final Map<String, Repository> byName;
        private final PackageCoordinate coordinate;
        private final List<ResolutionStep> steps = new ArrayList<>();
        private final List<String> missing = new ArrayList<>();
        private final Set<String> visited = new HashSet<>();
        private boolean truncated;

        Walk(Map<String, Repository> byName, PackageCoordinate coordinate) {
            this.byName = byName;
            this.coordinate = coordinate;
        }

        void visit(Repository repository) {
            // A repository already searched is skipped before the limit is checked: meeting it again cuts nothing off.
            if (visited.contains(repository.name())) {
                return;
            }
            if (steps.size() >= quotas.repositoriesSearched()) {
                truncated = true;
                return;
            }
            visited.add(repository.name());
            boolean upstreamAllowed = packages.findPackage(repository.id(), coordinate)
                    .map(PackageSummary::originRestrictions).map(OriginRestrictions::upstreamAllowed).orElse(true);
            Optional<ExternalConnection> connection = repository.externalConnection()
                    .filter(c -> upstreamAllowed && c.format() == coordinate.format());
            steps.add(new ResolutionStep(repository, connection));
            if (!upstreamAllowed) {
                return;
            }
            for (String upstreamName : repository.upstreams()) {
                Repository upstream = byName.get(upstreamName);
                if (upstream == null) {
                    missing.add(upstreamName);
                } else {
                    visit(upstream);
                }
            }
        }
    }
}
