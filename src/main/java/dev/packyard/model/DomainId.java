package dev.packyard.model;

import java.util.Objects;

/** Identifies a domain: domain names are unique per owning account. */
public record DomainId(String owner, String name) {
    public DomainId {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return name + " (owner " + owner + ")";
    }
}
