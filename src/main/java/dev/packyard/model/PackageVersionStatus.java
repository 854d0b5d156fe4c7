package dev.packyard.model;

import java.util.Arrays;
import java.util.Optional;

/** Life-cycle status of a package version, with CodeArtifact's meaning of each. */
public enum PackageVersionStatus {
    Published,
    Unfinished,
    Unlisted,
    Archived,
    Disposed,
    Deleted;

    /** Whether package managers may download the version's assets. */
    public boolean assetsDownloadable() {
        return this == Published || this == Unlisted;
    }

    /** Whether the version appears in the version lists served to package managers. */
    public boolean listedToClients() {
        return this == Published;
    }

    public static Optional<PackageVersionStatus> parse(String s) {
        return Arrays.stream(values()).filter(v -> v.name().equals(s)).findFirst();
    }
}
