package dev.packyard.ui.repositories;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.Repository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The order in which a request to a repository searches the domain, as the service's UpstreamResolver walks it:
 * the repository, then each upstream in list order, depth first, each repository once, at most 25. This is the
 * repository-level picture, before any package's origin controls cut a path short.
 */
public final class ResolutionOrder {
    static final int MAX_SEARCHED = 25;

    /**
     * One repository on the path.
     *
     * @param depth   0 for the requesting repository, 1 for its direct upstreams, …
     * @param missing an upstream named in a list that no longer exists (it is skipped)
     */
    public record Step(String repository, int depth, Optional<ExternalConnection> externalConnection, boolean missing) {
    }

    private ResolutionOrder() {
    }

    public static List<Step> of(Repository requesting, Map<String, Repository> domainRepositories) {
        List<Step> steps = new ArrayList<>();
        visit(requesting, 0, domainRepositories, steps, new HashSet<>());
        return steps;
    }

    private static void visit(Repository repository, int depth, Map<String, Repository> byName, List<Step> steps,
                              Set<String> visited) {
        if (searched(steps) >= MAX_SEARCHED || !visited.add(repository.name())) {
            return;
        }
        steps.add(new Step(repository.name(), depth, repository.externalConnection(), false));
        for (String upstream : repository.upstreams()) {
            Repository next = byName.get(upstream);
            if (next == null) {
                steps.add(new Step(upstream, depth + 1, Optional.empty(), true));
            } else {
                visit(next, depth + 1, byName, steps, visited);
            }
        }
    }

    private static long searched(List<Step> steps) {
        return steps.stream().filter(s -> !s.missing()).count();
    }
}
