package dev.packyard.service.persistence;

import dev.packyard.model.Domain;
import dev.packyard.model.DomainId;
import java.util.List;
import java.util.Optional;

/** Persistence of domains. Listings are keyset-paged: {@code after} is the last name of the previous page. */
public interface DomainStore {
    void insert(Domain domain);

    Optional<Domain> find(DomainId id);

    /** Domains ordered by name, then owner, strictly after the given key (null for the first page). */
    List<Domain> list(Key after, int limit);

    int countOwnedBy(String owner);

    void delete(DomainId id);

    /** Total size of the distinct asset contents held by the domain's repositories. */
    long assetSizeBytes(DomainId id);

    record Key(String name, String owner) {
    }
}
