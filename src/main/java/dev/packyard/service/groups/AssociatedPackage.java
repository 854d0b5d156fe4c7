package dev.packyard.service.groups;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.groups.AssociationType;

/** A package a group governs, and how strongly. */
public record AssociatedPackage(PackageCoordinate coordinate, AssociationType associationType) {
}
