package dev.packyard.service.topology;

import dev.packyard.model.ExternalConnection;
import dev.packyard.service.account.Quotas;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.validation.Fields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a topology against CodeArtifact's rules and the target domain as it is, collecting every problem with
 * its place in the file, and orders the repositories to create so that upstreams come first.
 */
final class ImportPlanner {
    /** What the catalogue holds that matters to a plan. */
    record Target(String domain, boolean exists, Map<String, List<String>> existingUpstreams, int domainsInAccount) {
    }

    private final Quotas quotas;

    ImportPlanner(Quotas quotas) {
        this.quotas = quotas;
    }

    ImportPlan plan(ParsedTopology parsed, Target target, ExistingRepositories mode) {
        Topology topology = parsed.topology();
        List<TopologyProblem> problems = new ArrayList<>(parsed.problems());
        if (!target.exists() && target.domainsInAccount() >= quotas.domainsPerAccount()) {
            problems.add(new TopologyProblem("domain", "domain " + target.domain() + " would be created, but the account "
                    + "already has " + quotas.domainsPerAccount() + " domains, the most allowed: import into an existing "
                    + "domain or delete an unused one"));
        }
        // Names first, so upstream references can be checked against every repository of the file.
        Map<String, Integer> defined = new LinkedHashMap<>();
        List<TopologyRepository> repositories = topology.repositories();
        for (int i = 0; i < repositories.size(); i++) {
            String name = repositories.get(i).name();
            if (name == null) {
                continue;
            }
            String at = "repositories[" + i + "].name";
            if (!check(at, () -> Fields.repositoryName("repository name", name), problems)) {
                continue;
            }
            Integer earlier = defined.putIfAbsent(name, i);
            if (earlier != null) {
                problems.add(new TopologyProblem(at, "repository '" + name + "' is already defined at repositories["
                        + earlier + "]: keep one definition"));
            }
        }
        List<String> skipped = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        Map<String, TopologyRepository> toCreate = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : defined.entrySet()) {
            if (!target.existingUpstreams().containsKey(e.getKey())) {
                toCreate.put(e.getKey(), repositories.get(e.getValue()));
            } else if (mode == ExistingRepositories.SKIP) {
                skipped.add(e.getKey());
            } else {
                conflicts.add(e.getKey());
                problems.add(new TopologyProblem("repositories[" + e.getValue() + "].name", "repository '" + e.getKey()
                        + "' already exists in domain " + target.domain() + ": remove it from the file, import into "
                        + "another domain, or choose to skip the existing repositories"));
            }
        }
        for (int i = 0; i < repositories.size(); i++) {
            checkRepository(repositories.get(i), "repositories[" + i + "]", defined.keySet(), target, problems);
        }
        int total = target.existingUpstreams().size() + toCreate.size();
        if (total > quotas.repositoriesPerDomain()) {
            problems.add(new TopologyProblem("repositories", "domain " + target.domain() + " would have " + total
                    + " repositories, and at most " + quotas.repositoriesPerDomain() + " are allowed: import fewer"));
        }
        Map<String, List<String>> graph = new HashMap<>(target.existingUpstreams());
        // A repository listing itself is reported above; the cycle check looks at longer loops.
        toCreate.forEach((name, r) -> graph.put(name, r.upstreams().stream().filter(u -> !name.equals(u)).toList()));
        reportCycles(toCreate.keySet(), graph, defined, problems);
        List<TopologyRepository> ordered = problems.isEmpty() ? upstreamsFirst(toCreate) : List.of();
        return new ImportPlan(topology, mode, target.domain(), !target.exists(), ordered, skipped, conflicts, problems);
    }

    private void checkRepository(TopologyRepository r, String at, Set<String> defined, Target target,
                                 List<TopologyProblem> problems) {
        if (r.description() != null) {
            check(at + ".description", () -> Fields.description(r.description()), problems);
        }
        String name = r.name() == null ? "this repository" : "'" + r.name() + "'";
        List<String> connections = r.externalConnections();
        if (connections.size() > 1) {
            problems.add(new TopologyProblem(at + ".externalConnections", "lists " + connections.size()
                    + " external connections and a repository can have one: keep one, and give each other connection "
                    + "a repository of its own"));
        }
        for (int i = 0; i < connections.size(); i++) {
            String connection = connections.get(i);
            if (connection != null && ExternalConnection.byName(connection).isEmpty()) {
                problems.add(new TopologyProblem(at + ".externalConnections[" + i + "]", "unknown external connection '"
                        + connection + "': use one of " + String.join(", ", ExternalConnection.names())));
            }
        }
        List<String> upstreams = r.upstreams();
        if (!upstreams.isEmpty() && !connections.isEmpty()) {
            problems.add(new TopologyProblem(at, "repository " + name + " has both upstreams and an external connection, "
                    + "and a repository has one or the other: move the connection to a repository of its own and list "
                    + "that one as an upstream"));
        }
        if (upstreams.size() > quotas.directUpstreams()) {
            problems.add(new TopologyProblem(at + ".upstreams", "lists " + upstreams.size() + " upstream repositories; "
                    + "at most " + quotas.directUpstreams() + " are allowed"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < upstreams.size(); i++) {
            String upstream = upstreams.get(i);
            String where = at + ".upstreams[" + i + "]";
            if (upstream == null || !check(where, () -> Fields.repositoryName("upstream name", upstream), problems)) {
                continue;
            }
            if (upstream.equals(r.name())) {
                problems.add(new TopologyProblem(where, "repository " + name + " lists itself as an upstream: remove it"));
            } else if (!seen.add(upstream)) {
                problems.add(new TopologyProblem(where, "upstream '" + upstream + "' is listed twice: list each upstream once"));
            } else if (!defined.contains(upstream) && !target.existingUpstreams().containsKey(upstream)) {
                problems.add(new TopologyProblem(where, "upstream '" + upstream + "' is neither defined in this file nor a "
                        + "repository of domain " + target.domain() + ": add it to \"repositories\" or correct the name"));
            }
        }
    }

    /** Each cycle through a repository to create, once, located at the first of its repositories in the file. */
    private static void reportCycles(Set<String> toCreate, Map<String, List<String>> graph, Map<String, Integer> defined,
                                     List<TopologyProblem> problems) {
        Set<Set<String>> reported = new HashSet<>();
        for (String start : toCreate) {
            List<String> cycle = cycleFrom(start, graph);
            if (cycle.isEmpty() || !reported.add(new HashSet<>(cycle))) {
                continue;
            }
            String first = cycle.stream().filter(defined::containsKey).min((a, b) -> defined.get(a) - defined.get(b))
                    .orElse(start);
            problems.add(new TopologyProblem("repositories[" + defined.get(first) + "].upstreams", "these upstreams make a "
                    + "cycle: " + String.join(" → ", cycle) + ": remove one of the links"));
        }
    }

    /** A path start → … → start along upstream links, or an empty list. */
    private static List<String> cycleFrom(String start, Map<String, List<String>> graph) {
        List<String> path = new ArrayList<>(List.of(start));
        return walk(start, start, graph, path, new HashSet<>()) ? path : List.of();
    }

    private static boolean walk(String start, String current, Map<String, List<String>> graph, List<String> path,
                                Set<String> done) {
        if (!done.add(current)) {
            return false;
        }
        for (String upstream : graph.getOrDefault(current, List.of())) {
            if (upstream == null) {
                continue;
            }
            path.add(upstream);
            if (upstream.equals(start) || walk(start, upstream, graph, path, done)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    /** Kahn's order: a repository comes after the repositories of the file it lists; otherwise file order is kept. */
    private static List<TopologyRepository> upstreamsFirst(Map<String, TopologyRepository> toCreate) {
        List<TopologyRepository> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        // At most one pass per repository: each pass places one (the cycle check ran before).
        for (int pass = 0; pass < toCreate.size(); pass++) {
            for (Map.Entry<String, TopologyRepository> e : toCreate.entrySet()) {
                if (!placed.contains(e.getKey()) && e.getValue().upstreams().stream()
                        .allMatch(u -> !toCreate.containsKey(u) || placed.contains(u))) {
                    placed.add(e.getKey());
                    ordered.add(e.getValue());
                    break;
                }
            }
        }
        if (ordered.size() != toCreate.size()) {
            throw new IllegalStateException("upstream links of the topology form a cycle the checks missed");
        }
        return ordered;
    }

    private static boolean check(String at, Runnable rule, List<TopologyProblem> problems) {
        try {
            rule.run();
            return true;
        } catch (ValidationException e) {
            problems.add(new TopologyProblem(at, e.getMessage()));
            return false;
        }
    }
}
