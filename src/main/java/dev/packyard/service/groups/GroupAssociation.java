package dev.packyard.service.groups;

import dev.packyard.model.groups.AssociationType;

/** The answer of GetAssociatedPackageGroup: the governing group and how strongly the package is tied to it. */
public record GroupAssociation(PackageGroupView group, AssociationType associationType) {
}
