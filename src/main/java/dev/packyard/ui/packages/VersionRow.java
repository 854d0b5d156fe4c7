package dev.packyard.ui.packages;

import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionStatus;

/** A version as the versions table shows it. */
public record VersionRow(String version, PackageVersionStatus status, OriginBadge origin, String originDetail,
                         String revision, String revisionShort, String published) {
}
