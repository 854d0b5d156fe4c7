package dev.packyard.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A repository in a domain. It has an ordered list of upstream repositories (the order is the search
 * priority) or one external connection, never both.
 */
public record Repository(
        RepositoryId id,
        String administratorAccount,
        String description,
        List<String> upstreams,
        Optional<ExternalConnection> externalConnection,
        Instant createdTime) {

    public Repository {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(administratorAccount, "administratorAccount");
        description = description == null ? "" : description;
        upstreams = List.copyOf(upstreams);
        Objects.requireNonNull(externalConnection, "externalConnection");
        Objects.requireNonNull(createdTime, "createdTime");
    }

    public String name() {
        return id.name();
    }

    public DomainId domain() {
        return id.domain();
    }

    public Repository withUpstreams(List<String> newUpstreams) {
        return new Repository(id, administratorAccount, description, newUpstreams, externalConnection, createdTime);
    }

    public Repository withDescription(String newDescription) {
        return new Repository(id, administratorAccount, newDescription, upstreams, externalConnection, createdTime);
    }

    public Repository withExternalConnection(Optional<ExternalConnection> connection) {
        return new Repository(id, administratorAccount, description, upstreams, connection, createdTime);
    }
}
