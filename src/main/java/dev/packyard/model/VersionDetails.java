package dev.packyard.model;

import java.util.List;

/**
 * What a version's own archive or manifest says about it: the descriptive fields of describe-package-version,
 * its readme and its direct dependencies. Any text may be null; the lists are never null.
 */
public record VersionDetails(String summary, String homePage, String sourceCodeRepository,
                             List<VersionMetadata.License> licenses, String readme, List<PackageDependency> dependencies) {
    /** What a version without a readable archive has, as CodeArtifact answers it: nothing, and that is not an error. */
    public static final VersionDetails NONE = new VersionDetails(null, null, null, List.of(), null, List.of());

    public VersionDetails {
        licenses = licenses == null ? List.of() : List.copyOf(licenses);
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    }

    /**
     * The version's descriptive metadata with each missing field taken from these details: what the client sent at
     * publish time wins, the archive fills the gaps (a fetched version has only the archive).
     */
    public VersionMetadata fillGapsOf(VersionMetadata metadata) {
        return new VersionMetadata(metadata.displayName(),
                metadata.summary() != null ? metadata.summary() : summary,
                metadata.homePage() != null ? metadata.homePage() : homePage,
                metadata.sourceCodeRepository() != null ? metadata.sourceCodeRepository() : sourceCodeRepository,
                !metadata.licenses().isEmpty() ? metadata.licenses() : licenses);
    }
}
