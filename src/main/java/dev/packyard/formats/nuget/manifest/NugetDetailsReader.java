package dev.packyard.formats.nuget.manifest;

import dev.packyard.model.Asset;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageDependency;
import dev.packyard.model.VersionDetails;
import dev.packyard.model.VersionMetadata.License;
import dev.packyard.service.details.VersionDetailsReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A NuGet version's details from the .nuspec inside its .nupkg. A dependency declared for several target
 * frameworks is listed once, with the range of the first group naming it; its type is the framework, or
 * {@code dependency} when the group applies to all frameworks. NuGet packages carry no readme Packyard reads.
 */
public final class NugetDetailsReader implements VersionDetailsReader {
    @Override
    public Optional<Asset> describingAsset(PackageCoordinate coordinate, String version, List<Asset> assets) {
        return assets.stream().filter(a -> a.name().toLowerCase(java.util.Locale.ROOT).endsWith(".nupkg")).findFirst();
    }

    @Override
    public VersionDetails read(PackageCoordinate coordinate, String version, Asset asset, InputStream content) throws IOException {
        Nuspec nuspec = NupkgArchive.nuspec(content);
        List<License> licenses = new ArrayList<>();
        if (nuspec.licenseExpression() != null || nuspec.licenseUrl() != null) {
            licenses.add(new License(nuspec.licenseExpression(), nuspec.licenseUrl()));
        }
        String summary = nuspec.summary() != null ? nuspec.summary() : nuspec.description();
        return new VersionDetails(summary, nuspec.projectUrl(), nuspec.repositoryUrl(), licenses, null, dependencies(nuspec));
    }

    private static List<PackageDependency> dependencies(Nuspec nuspec) {
        Map<String, PackageDependency> byId = new LinkedHashMap<>();
        for (Nuspec.DependencyGroup group : nuspec.dependencyGroups()) {
            String type = group.targetFramework() == null ? "dependency" : group.targetFramework();
            for (Nuspec.Dependency d : group.dependencies()) {
                byId.putIfAbsent(d.id().toLowerCase(java.util.Locale.ROOT), new PackageDependency(null, d.id(), type, d.range()));
            }
        }
        return List.copyOf(byId.values());
    }
}
