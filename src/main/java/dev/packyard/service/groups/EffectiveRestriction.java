package dev.packyard.service.groups;

import dev.packyard.model.groups.OriginRestrictionType;
import dev.packyard.model.groups.PackageGroup;
import dev.packyard.model.groups.RestrictionMode;
import java.util.Optional;

/**
 * What one origin restriction type comes to for a group: the group's own mode, the mode in effect, and the group
 * that decided it (the group itself, or the nearest ancestor that does not inherit).
 */
public record EffectiveRestriction(OriginRestrictionType type, PackageGroup group, RestrictionMode effectiveMode,
                                   PackageGroup decidedBy) {
    public RestrictionMode mode() {
        return group.mode(type);
    }

    /** The ancestor the mode is inherited from; empty when the group sets it itself. */
    public Optional<PackageGroup> inheritedFrom() {
        return decidedBy.pattern().equals(group.pattern()) ? Optional.empty() : Optional.of(decidedBy);
    }

    /** Whether a version may enter the named repository this way. */
    public boolean allows(String repositoryName) {
        return switch (effectiveMode) {
            case ALLOW -> true;
            case BLOCK -> false;
            case ALLOW_SPECIFIC_REPOSITORIES -> decidedBy.allowed(type).contains(repositoryName);
            case INHERIT -> throw new IllegalStateException("an effective mode is never INHERIT");
        };
    }
}
