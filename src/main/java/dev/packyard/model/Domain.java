package dev.packyard.model;

import java.time.Instant;
import java.util.Objects;

/** A CodeArtifact domain: a named group of repositories whose assets are stored once. */
public record Domain(String name, String owner, Instant createdTime, String encryptionKey, DomainStatus status) {
    public Domain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(createdTime, "createdTime");
        Objects.requireNonNull(status, "status");
    }

    public DomainId id() {
        return new DomainId(owner, name);
    }
}
