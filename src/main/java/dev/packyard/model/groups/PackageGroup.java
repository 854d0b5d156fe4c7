package dev.packyard.model.groups;

import dev.packyard.model.DomainId;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A package group of a domain: its pattern (also its identifier), what it says about each origin restriction type,
 * and the repositories allowed for each type when its mode is ALLOW_SPECIFIC_REPOSITORIES.
 */
public record PackageGroup(DomainId domain, PackageGroupPattern pattern, Instant createdTime, String description,
                           String contactInfo, Map<OriginRestrictionType, RestrictionMode> modes,
                           Map<OriginRestrictionType, SortedSet<String>> allowedRepositories) {
    public PackageGroup {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(createdTime, "createdTime");
        EnumMap<OriginRestrictionType, RestrictionMode> m = new EnumMap<>(OriginRestrictionType.class);
        EnumMap<OriginRestrictionType, SortedSet<String>> a = new EnumMap<>(OriginRestrictionType.class);
        RestrictionMode fallback = pattern.isRoot() ? RestrictionMode.ALLOW : RestrictionMode.INHERIT;
        for (OriginRestrictionType t : OriginRestrictionType.values()) {
            m.put(t, modes.getOrDefault(t, fallback));
            a.put(t, java.util.Collections.unmodifiableSortedSet(new TreeSet<>(allowedRepositories.getOrDefault(t,
                    new TreeSet<>()))));
        }
        modes = java.util.Collections.unmodifiableMap(m);
        allowedRepositories = java.util.Collections.unmodifiableMap(a);
    }

    /** A group as created: every restriction INHERIT (ALLOW for the root group), no allowed repositories. */
    public static PackageGroup created(DomainId domain, PackageGroupPattern pattern, Instant createdTime,
                                       String description, String contactInfo) {
        return new PackageGroup(domain, pattern, createdTime, description, contactInfo, Map.of(), Map.of());
    }

    public RestrictionMode mode(OriginRestrictionType type) {
        return modes.get(type);
    }

    public Set<String> allowed(OriginRestrictionType type) {
        return allowedRepositories.get(type);
    }

    public PackageGroup withDetails(String newDescription, String newContactInfo) {
        return new PackageGroup(domain, pattern, createdTime, newDescription, newContactInfo, modes, allowedRepositories);
    }

    public PackageGroup withOrigin(Map<OriginRestrictionType, RestrictionMode> newModes,
                                   Map<OriginRestrictionType, SortedSet<String>> newAllowed) {
        return new PackageGroup(domain, pattern, createdTime, description, contactInfo, newModes, newAllowed);
    }
}
