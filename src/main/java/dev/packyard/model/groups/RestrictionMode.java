package dev.packyard.model.groups;

import java.util.Optional;

/** A package group's setting for one origin restriction type. */
public enum RestrictionMode {
    ALLOW,
    ALLOW_SPECIFIC_REPOSITORIES,
    BLOCK,
    /** Take the setting of the nearest ancestor group that does not inherit; the root group never inherits. */
    INHERIT;

    public static Optional<RestrictionMode> parse(String s) {
        for (RestrictionMode m : values()) {
            if (m.name().equals(s)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
