package dev.packyard.model.groups;

import java.util.Optional;

/** The three ways a package version can enter a repository, each restricted separately by a package group. */
public enum OriginRestrictionType {
    /** Published directly to the repository by a package manager or PublishPackageVersion. */
    PUBLISH,
    /** Ingested from a public registry through the repository's external connection. */
    EXTERNAL_UPSTREAM,
    /** Retained from an upstream repository of the same domain. */
    INTERNAL_UPSTREAM;

    public static Optional<OriginRestrictionType> parse(String s) {
        for (OriginRestrictionType t : values()) {
            if (t.name().equals(s)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
