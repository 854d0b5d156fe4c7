package dev.packyard.service.repositories;

import dev.packyard.service.paging.Pages;
import dev.packyard.model.DomainId;
import dev.packyard.model.Asset;
import dev.packyard.model.Domain;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.Page;
import dev.packyard.model.Repository;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.CatalogLock;
import dev.packyard.service.account.LocalAccount;
import dev.packyard.service.account.Quotas;
import dev.packyard.service.domains.DomainService;
import dev.packyard.service.error.ConflictException;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.service.error.ResourceType;
import dev.packyard.service.error.ServiceQuotaExceededException;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.paging.PageTokens;
import dev.packyard.service.paging.Paging;
import dev.packyard.service.content.AssetCleaner;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.persistence.RepositoryStore;
import dev.packyard.service.validation.Fields;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Repositories, their upstream lists and their external connection, with CodeArtifact's rules. */
public final class RepositoryService {
    private final List<Runnable> connectionListeners = new CopyOnWriteArrayList<>();
    private final RepositoryStore repositories;
    private final PackageStore packages;
    private final AssetCleaner cleaner;
    private final DomainService domains;
    private final LocalAccount account;
    private final Quotas quotas;
    private final Clock clock;
    private final CatalogLock lock;

    public RepositoryService(RepositoryStore repositories, PackageStore packages, AssetCleaner cleaner, DomainService domains,
                             LocalAccount account, Quotas quotas, Clock clock, CatalogLock lock) {
        this.repositories = repositories;
        this.packages = packages;
        this.cleaner = cleaner;
        this.domains = domains;
        this.account = account;
        this.quotas = quotas;
        this.clock = clock;
        this.lock = lock;
    }

    public Repository create(String owner, String domain, String name, String description, List<String> upstreams) {
        String repositoryName = Fields.repositoryName("repository", name);
        String checkedDescription = Fields.description(description);
        return lock.write(() -> {
            Domain d = domains.require(owner, domain);
            RepositoryId id = new RepositoryId(d.id(), repositoryName);
            if (repositories.find(id).isPresent()) {
                throw new ConflictException("Repository " + repositoryName + " already exists in domain " + d.name()
                        + ": choose another name or update the existing repository", repositoryName, ResourceType.REPOSITORY);
            }
            if (repositories.countInDomain(d.id()) >= quotas.repositoriesPerDomain()) {
                throw new ServiceQuotaExceededException("Domain " + d.name() + " already has " + quotas.repositoriesPerDomain()
                        + " repositories, the most allowed: delete one first", repositoryName, ResourceType.REPOSITORY);
            }
            Repository repository = new Repository(id, account.accountId(), checkedDescription,
                    upstreams == null ? List.of() : upstreams, Optional.empty(), clock.instant());
            checkUpstreams(repository);
            repositories.insert(repository);
            return repository;
        });
    }

    public Repository describe(String owner, String domain, String name) {
        return require(owner, domain, name);
    }

    /** Replaces the repository's upstream list, keeping its description. */
    public Repository setUpstreams(String owner, String domain, String name, List<String> upstreams) {
        return update(owner, domain, name, null, java.util.Objects.requireNonNull(upstreams, "upstreams"));
    }

    /** Changes the description and/or replaces the upstream list; a null argument leaves that part unchanged. */
    public Repository update(String owner, String domain, String name, String description, List<String> upstreams) {
        String checkedDescription = Fields.description(description);
        return lock.write(() -> {
            Repository current = require(owner, domain, name);
            Repository updated = current;
            if (checkedDescription != null) {
                updated = updated.withDescription(checkedDescription);
            }
            if (upstreams != null) {
                updated = updated.withUpstreams(upstreams);
                checkUpstreams(updated);
            }
            repositories.update(updated);
            return updated;
        });
    }

    /**
     * Deletes a repository with its packages; contents no other repository of the domain holds are deleted from the
     * blob store. As in CodeArtifact, repositories that list it as an upstream keep the name; resolution skips it
     * until their upstream list is updated.
     */
    public Repository delete(String owner, String domain, String name) {
        Repository deleted = lock.write(() -> {
            Repository repository = require(owner, domain, name);
            List<Asset> held = packages.assetsOfRepository(repository.id());
            repositories.delete(repository.id());
            cleaner.releaseContent(repository.domain(), held);
            return repository;
        });
        if (deleted.externalConnection().isPresent()) {
            connectionListeners.forEach(Runnable::run);
        }
        return deleted;
    }

    /** A page of every repository of the domain, by name. */
    public Page<Repository> listInDomain(String owner, String domain, Integer maxResults, String nextToken) {
        return listInDomain(owner, domain, null, null, maxResults, nextToken);
    }

    public Page<Repository> listInDomain(String owner, String domain, String administratorAccount, String prefix,
                                         Integer maxResults, String nextToken) {
        int limit = Fields.maxResults(maxResults, 100);
        Domain d = domains.require(owner, domain);
        String admin = administratorAccount == null || administratorAccount.isEmpty() ? null
                : Fields.accountId("administrator-account", administratorAccount);
        String namePrefix = emptyToNull(prefix);
        String scope = PageTokens.scope("repositories-in-domain", d.id(), admin, namePrefix);
        List<String> after = PageTokens.decode(scope, nextToken, 1);
        return Paging.page(repositories.listInDomain(d.id(), namePrefix, admin, after == null ? null : after.get(0), limit + 1),
                limit, last -> PageTokens.encode(scope, last.name()));
    }

    /** Every repository of the domain, all pages read: for the console and the use cases, not for a client's paging. */
    public List<Repository> allInDomain(DomainId domain) {
        return Pages.all(token -> listInDomain(domain.owner(), domain.name(), 100, token));
    }

    public Page<Repository> listAll(String prefix, Integer maxResults, String nextToken) {
        int limit = Fields.maxResults(maxResults, 100);
        String namePrefix = emptyToNull(prefix);
        String scope = PageTokens.scope("repositories", namePrefix);
        List<String> after = PageTokens.decode(scope, nextToken, 3);
        RepositoryId key = after == null ? null : RepositoryId.of(after.get(1), after.get(0), after.get(2));
        return Paging.page(repositories.listAll(namePrefix, key, limit + 1), limit,
                last -> PageTokens.encode(scope, last.domain().name(), last.domain().owner(), last.name()));
    }

    /** Told after a repository gains or loses its external connection (or is deleted), for the console's status bar. */
    public void onExternalConnectionsChanged(Runnable listener) {
        connectionListeners.add(listener);
    }

    public Repository associateExternalConnection(String owner, String domain, String name, String connectionName) {
        Repository updated = associate(owner, domain, name, connectionName);
        connectionListeners.forEach(Runnable::run);
        return updated;
    }

    private Repository associate(String owner, String domain, String name, String connectionName) {
        ExternalConnection connection = Fields.externalConnection(connectionName);
        return lock.write(() -> {
            Repository repository = require(owner, domain, name);
            Optional<ExternalConnection> existing = repository.externalConnection();
            if (existing.isPresent() && existing.get() == connection) {
                throw new ConflictException("Repository " + repository.name() + " is already connected to "
                        + connection.connectionName(), repository.name(), ResourceType.REPOSITORY);
            }
            if (existing.isPresent()) {
                throw new ValidationException("Repository " + repository.name() + " already has the external connection "
                        + existing.get().connectionName() + " and a repository can have only one: disassociate it first, "
                        + "or connect another repository and add it as an upstream");
            }
            if (!repository.upstreams().isEmpty()) {
                throw new ValidationException("Repository " + repository.name() + " has upstream repositories, and a "
                        + "repository has upstreams or an external connection, not both: connect a separate repository (for "
                        + "example '" + connection.suggestedStoreRepository() + "') and add it as an upstream");
            }
            Repository updated = repository.withExternalConnection(Optional.of(connection));
            repositories.update(updated);
            return updated;
        });
    }

    public Repository disassociateExternalConnection(String owner, String domain, String name, String connectionName) {
        Repository updated = disassociate(owner, domain, name, connectionName);
        connectionListeners.forEach(Runnable::run);
        return updated;
    }

    private Repository disassociate(String owner, String domain, String name, String connectionName) {
        ExternalConnection connection = Fields.externalConnection(connectionName);
        return lock.write(() -> {
            Repository repository = require(owner, domain, name);
            if (repository.externalConnection().filter(c -> c == connection).isEmpty()) {
                throw new ResourceNotFoundException("Repository " + repository.name() + " has no external connection "
                        + connection.connectionName() + (repository.externalConnection()
                                .map(c -> " (it is connected to " + c.connectionName() + ")").orElse("")),
                        connection.connectionName(), ResourceType.REPOSITORY);
            }
            Repository updated = repository.withExternalConnection(Optional.empty());
            repositories.update(updated);
            return updated;
        });
    }

    public Repository require(String owner, String domain, String name) {
        String repositoryName = Fields.repositoryName("repository", name);
        Domain d = domains.require(owner, domain);
        RepositoryId id = new RepositoryId(d.id(), repositoryName);
        return repositories.find(id).orElseThrow(() -> new ResourceNotFoundException("Repository " + repositoryName
                + " does not exist in domain " + d.name() + ": check the name, or create it with create-repository",
                repositoryName, ResourceType.REPOSITORY));
    }

    public String arn(RepositoryId id) {
        return account.repositoryArn(id);
    }

    private void checkUpstreams(Repository repository) {
        List<String> upstreams = repository.upstreams();
        if (upstreams.isEmpty()) {
            return;
        }
        if (repository.externalConnection().isPresent()) {
            throw new ValidationException("Repository " + repository.name() + " has the external connection "
                    + repository.externalConnection().get().connectionName() + ", and a repository has upstreams or an "
                    + "external connection, not both: add the upstreams to another repository");
        }
        if (upstreams.size() > quotas.directUpstreams()) {
            throw new ServiceQuotaExceededException("Repository " + repository.name() + " lists " + upstreams.size()
                    + " upstream repositories; at most " + quotas.directUpstreams() + " are allowed",
                    repository.name(), ResourceType.REPOSITORY);
        }
        Set<String> seen = new HashSet<>();
        for (String upstream : upstreams) {
            Fields.repositoryName("upstream repositoryName", upstream);
            if (upstream.equals(repository.name())) {
                throw new ValidationException("Repository " + repository.name() + " cannot be its own upstream");
            }
            if (!seen.add(upstream)) {
                throw new ValidationException("Upstream repository " + upstream + " is listed twice: list each upstream once");
            }
        }
        Map<String, Repository> byName = new HashMap<>();
        for (Repository r : repositories.listAllInDomain(repository.domain())) {
            byName.put(r.name(), r);
        }
        for (String upstream : upstreams) {
            if (!byName.containsKey(upstream)) {
                throw new ResourceNotFoundException("Upstream repository " + upstream + " does not exist in domain "
                        + repository.domain().name() + "; upstreams must be repositories of the same domain",
                        upstream, ResourceType.REPOSITORY);
            }
        }
        byName.put(repository.name(), repository);
        List<String> cycle = findCycle(repository.name(), byName);
        if (!cycle.isEmpty()) {
            throw new ValidationException("These upstreams would make a cycle: " + String.join(" → ", cycle)
                    + ". Remove one of the links");
        }
    }

    /** A path from the repository back to itself through upstream links, or an empty list. */
    private static List<String> findCycle(String start, Map<String, Repository> byName) {
        List<String> path = new ArrayList<>();
        path.add(start);
        return walk(start, start, byName, path, new HashSet<>()) ? path : List.of();
    }

    private static boolean walk(String start, String current, Map<String, Repository> byName, List<String> path, Set<String> done) {
        Repository repository = byName.get(current);
        if (repository == null || !done.add(current)) {
            return false;
        }
        for (String upstream : repository.upstreams()) {
            path.add(upstream);
            if (upstream.equals(start) || walk(start, upstream, byName, path, done)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
