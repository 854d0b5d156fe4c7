package dev.packyard.service.persistence;

import dev.packyard.model.DomainId;
import dev.packyard.model.Repository;
import dev.packyard.model.RepositoryId;
import java.util.List;
import java.util.Optional;

/** Persistence of repositories with their ordered upstream lists and external connection. */
public interface RepositoryStore {
    void insert(Repository repository);

    /** Replaces description, upstream list and external connection of an existing repository. */
    void update(Repository repository);

    Optional<Repository> find(RepositoryId id);

    void delete(RepositoryId id);

    int countInDomain(DomainId domain);

    /** Repositories of one domain ordered by name, filtered by name prefix and administrator (both optional). */
    List<Repository> listInDomain(DomainId domain, String namePrefix, String administratorAccount, String afterName, int limit);

    /** Repositories of every domain ordered by domain name, owner and repository name. */
    List<Repository> listAll(String namePrefix, RepositoryId after, int limit);

    /** Every repository of the domain: resolution walks upstream graphs in memory. */
    List<Repository> listAllInDomain(DomainId domain);
}
