package dev.packyard.service.topology;

import dev.packyard.model.Domain;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.Page;
import dev.packyard.model.Repository;
import dev.packyard.service.account.Quotas;
import dev.packyard.service.domains.DomainService;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.service.validation.Fields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Exports a domain's topology (its repositories, their upstream lists and external connections) and imports one
 * into a domain of the local account. An import is checked whole first and then applied all or nothing: if
 * creating any part fails, what this import created is deleted again.
 */
public final class TopologyService {
    private static final int PAGE = 1000;

    private final DomainService domains;
    private final RepositoryService repositories;
    private final ImportPlanner planner;

    public TopologyService(DomainService domains, RepositoryService repositories, Quotas quotas) {
        this.domains = domains;
        this.repositories = repositories;
        this.planner = new ImportPlanner(quotas);
    }

    /** The topology of a domain: repositories by name, each with its upstreams in search order and its connection. */
    public Topology export(String domain) {
        Domain d = domains.require(null, domain);
        List<TopologyRepository> list = inDomain(d).stream()
                .sorted(Comparator.comparing(Repository::name))
                .map(r -> new TopologyRepository(r.name(), r.description(), r.upstreams(),
                        r.externalConnection().map(ExternalConnection::connectionName).stream().toList()))
                .toList();
        return new Topology(d.name(), list);
    }

    /**
     * Checks an import without changing anything. {@code targetDomain} null or empty means the file's domain; a
     * domain that does not exist yet is created by the import.
     */
    public ImportPlan plan(ParsedTopology parsed, String targetDomain, ExistingRepositories existing) {
        boolean explicit = targetDomain != null && !targetDomain.isEmpty();
        String domain = explicit ? targetDomain : parsed.topology().domain();
        if (domain == null) {
            // The codec has reported the missing domain; nothing more can be checked against the catalogue.
            return planner.plan(parsed, new ImportPlanner.Target("(none)", true, Map.of(), 0), existing);
        }
        try {
            Fields.domainName(domain);
        } catch (ValidationException e) {
            List<TopologyProblem> problems = new ArrayList<>(parsed.problems());
            problems.add(new TopologyProblem(explicit ? "target domain" : "domain", e.getMessage()));
            return planner.plan(new ParsedTopology(parsed.topology(), problems),
                    new ImportPlanner.Target(domain, true, Map.of(), 0), existing);
        }
        return planner.plan(parsed, target(domain), existing);
    }

    /**
     * Imports what {@code plan} describes, checking again first (the catalogue may have changed since the plan was
     * shown). Fails with a {@link ValidationException} listing every problem and creates nothing; if creating fails
     * half-way, deletes what it created and rethrows.
     */
    public ImportResult apply(ImportPlan plan) {
        if (!plan.ok()) {
            throw cannotImport(plan);
        }
        ImportPlan now = plan(new ParsedTopology(plan.source(), List.of()), plan.domain(), plan.existing());
        if (!now.ok()) {
            throw cannotImport(now);
        }
        List<String> created = new ArrayList<>();
        boolean domainCreated = false;
        try {
            if (now.createsDomain()) {
                domains.create(now.domain(), null);
                domainCreated = true;
            }
            for (TopologyRepository r : now.toCreate()) {
                repositories.create(null, now.domain(), r.name(), r.description(), r.upstreams());
                created.add(r.name());
                for (String connection : r.externalConnections()) {
                    repositories.associateExternalConnection(null, now.domain(), r.name(), connection);
                }
            }
        } catch (RuntimeException e) {
            undo(now.domain(), created, domainCreated, e);
            throw e;
        }
        return new ImportResult(now.domain(), domainCreated, created, now.skipped());
    }

    /** Plans and applies in one step, failing with every problem when the plan has any. */
    public ImportResult importTopology(ParsedTopology parsed, String targetDomain, ExistingRepositories existing) {
        ImportPlan plan = plan(parsed, targetDomain, existing);
        return apply(plan);
    }

    private static ValidationException cannotImport(ImportPlan plan) {
        return new ValidationException("The topology cannot be imported into " + plan.domain() + " and nothing was "
                + "created: " + String.join("; ", plan.problems().stream().map(TopologyProblem::toString).toList()));
    }

    private void undo(String domain, List<String> created, boolean domainCreated, RuntimeException cause) {
        for (int i = created.size() - 1; i >= 0; i--) {
            String name = created.get(i);
            attempt(() -> repositories.delete(null, domain, name), cause);
        }
        if (domainCreated) {
            attempt(() -> domains.delete(null, domain), cause);
        }
    }

    private static void attempt(Runnable step, RuntimeException cause) {
        try {
            step.run();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private ImportPlanner.Target target(String domain) {
        Optional<Domain> d;
        try {
            d = Optional.of(domains.require(null, domain));
        } catch (ResourceNotFoundException e) {
            d = Optional.empty();
        }
        if (d.isEmpty()) {
            return new ImportPlanner.Target(domain, false, Map.of(), all(token -> domains.list(PAGE, token)).size());
        }
        Map<String, List<String>> existing = new LinkedHashMap<>();
        inDomain(d.get()).forEach(r -> existing.put(r.name(), r.upstreams()));
        return new ImportPlanner.Target(domain, true, existing, 0);
    }

    private List<Repository> inDomain(Domain d) {
        return all(token -> repositories.listInDomain(d.owner(), d.name(), PAGE, token));
    }

    private static <T> List<T> all(Function<String, Page<T>> pages) {
        List<T> items = new ArrayList<>();
        String token = null;
        // Bounded: a domain holds at most 1000 repositories and an account 10 domains, so a few pages at most.
        for (int i = 0; i < 100; i++) {
            Page<T> page = pages.apply(token);
            items.addAll(page.items());
            if (page.nextToken().isEmpty()) {
                break;
            }
            token = page.nextToken().get();
        }
        return items;
    }
}
