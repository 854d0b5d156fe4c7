package dev.packyard.model;

import java.util.List;

/** Descriptive metadata of a version, as shown by describe-package-version. Any field may be null. */
public record VersionMetadata(String displayName, String summary, String homePage, String sourceCodeRepository, List<License> licenses) {
    public static final VersionMetadata EMPTY = new VersionMetadata(null, null, null, null, List.of());

    /** Only the name a version is shown under, until its archive tells more. */
    public static VersionMetadata named(String displayName) {
        return new VersionMetadata(displayName, null, null, null, List.of());
    }

    public VersionMetadata {
        licenses = licenses == null ? List.of() : List.copyOf(licenses);
    }

    public record License(String name, String url) {
    }
}
