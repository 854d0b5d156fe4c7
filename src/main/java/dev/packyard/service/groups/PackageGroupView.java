package dev.packyard.service.groups;

import dev.packyard.model.groups.OriginRestrictionType;
import dev.packyard.model.groups.PackageGroup;
import java.util.Map;
import java.util.Optional;

/** A group as the API describes it: with its parent and the restrictions in effect for each origin type. */
public record PackageGroupView(PackageGroup group, Optional<PackageGroup> parent,
                               Map<OriginRestrictionType, EffectiveRestriction> restrictions) {
    public PackageGroupView {
        restrictions = Map.copyOf(restrictions);
    }
}
