package dev.packyard.model;

import java.util.Objects;

/**
 * Where a version entered the domain: published directly to a repository (INTERNAL) or ingested through an
 * external connection (EXTERNAL). Exactly one of the entry points is set, except for UNKNOWN.
 */
public record PackageVersionOrigin(OriginType type, String repositoryName, String externalConnectionName) {
    public PackageVersionOrigin {
        Objects.requireNonNull(type, "type");
    }

    public static PackageVersionOrigin internal(String repositoryName) {
        return new PackageVersionOrigin(OriginType.INTERNAL, repositoryName, null);
    }

    public static PackageVersionOrigin external(ExternalConnection connection) {
        return new PackageVersionOrigin(OriginType.EXTERNAL, null, connection.connectionName());
    }
}
