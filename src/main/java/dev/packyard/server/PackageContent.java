package dev.packyard.server;

import dev.packyard.application.fetch.PackageFetchService;
import dev.packyard.service.details.VersionDetailsService;
import dev.packyard.service.packages.AssetReader;
import dev.packyard.service.packages.DistTagService;
import dev.packyard.service.packages.HeldPackages;

/** What the package endpoints read: stored assets, the fetch through the upstream chain, details and dist-tags, and what each repository itself holds. */
public record PackageContent(
        AssetReader assets,
        PackageFetchService fetch,
        VersionDetailsService versionDetails,
        DistTagService distTags,
        HeldPackages held) {
}
