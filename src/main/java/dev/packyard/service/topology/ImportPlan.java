package dev.packyard.service.topology;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What importing a topology into a domain would do, checked against the catalogue as it is now: whether the
 * domain is created, which repositories are created (in an order where every upstream exists before the
 * repositories that use it), which existing ones are skipped, and every problem that stops the import.
 * {@code conflicts} names the repositories the domain already has when the plan refuses them (each is a problem too).
 */
public record ImportPlan(Topology source, ExistingRepositories existing, String domain, boolean createsDomain,
                         List<TopologyRepository> toCreate, List<String> skipped, List<String> conflicts,
                         List<TopologyProblem> problems) {
    private static final int NAMES_SHOWN = 15;

    public ImportPlan {
        toCreate = List.copyOf(toCreate);
        skipped = List.copyOf(skipped);
        conflicts = List.copyOf(conflicts);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** True when the only problems are repositories that already exist: skipping them would make the import work. */
    public boolean onlyConflicts() {
        return !problems.isEmpty() && conflicts.size() == problems.size();
    }

    /** A few sentences for a confirmation: what would be created, in which order, and what is left alone. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append(createsDomain ? "Domain " + domain + " will be created. " : "Into the existing domain " + domain + ". ");
        if (toCreate.isEmpty()) {
            text.append("No repository will be created.\n");
        } else {
            text.append(toCreate.size() == 1 ? "1 repository" : toCreate.size() + " repositories")
                    .append(" will be created, in this order:\n");
            toCreate.stream().limit(NAMES_SHOWN).forEach(r -> text.append("  • ").append(describe(r)).append('\n'));
            if (toCreate.size() > NAMES_SHOWN) {
                text.append("  … and ").append(toCreate.size() - NAMES_SHOWN).append(" more\n");
            }
        }
        if (!skipped.isEmpty()) {
            text.append(skipped.size() == 1 ? "1 repository already exists and is left as it is: "
                    : skipped.size() + " repositories already exist and are left as they are: ")
                    .append(String.join(", ", skipped)).append('\n');
        }
        return text.toString().strip();
    }

    private static String describe(TopologyRepository r) {
        if (!r.externalConnections().isEmpty()) {
            return r.name() + " (external connection " + String.join(", ", r.externalConnections()) + ")";
        }
        if (!r.upstreams().isEmpty()) {
            return r.name() + " (upstreams " + r.upstreams().stream().collect(Collectors.joining(", ")) + ")";
        }
        return r.name();
    }
}
