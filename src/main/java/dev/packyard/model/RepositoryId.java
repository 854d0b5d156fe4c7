package dev.packyard.model;

import java.util.Objects;

/** Identifies a repository: repository names are unique inside a domain. */
public record RepositoryId(DomainId domain, String name) {
    public RepositoryId {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(name, "name");
    }

    public static RepositoryId of(String owner, String domain, String name) {
        return new RepositoryId(new DomainId(owner, domain), name);
    }

    @Override
    public String toString() {
        return domain.name() + "/" + name;
    }
}
