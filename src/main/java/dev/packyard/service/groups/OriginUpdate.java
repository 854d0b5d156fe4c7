package dev.packyard.service.groups;

import dev.packyard.model.groups.OriginRestrictionType;
import java.util.Map;
import java.util.SortedSet;

/** What UpdatePackageGroupOriginConfiguration changed: the group afterwards, and the repositories added and removed. */
public record OriginUpdate(PackageGroupView group, Map<OriginRestrictionType, Changes> allowedRepositoryUpdates) {
    public record Changes(SortedSet<String> added, SortedSet<String> removed) {
    }

    public OriginUpdate {
        allowedRepositoryUpdates = Map.copyOf(allowedRepositoryUpdates);
    }
}
