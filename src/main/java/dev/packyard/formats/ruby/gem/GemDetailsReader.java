package dev.packyard.formats.ruby.gem;

import dev.packyard.model.Asset;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageDependency;
import dev.packyard.model.VersionDetails;
import dev.packyard.model.VersionMetadata;
import dev.packyard.service.details.BoundedReads;
import dev.packyard.service.details.VersionDetailsReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * A gem version's details from its .gem (the pure-Ruby one when there are several platforms): summary, homepage,
 * licenses and dependencies from the gemspec in {@code metadata.gz}, the readme from the top of {@code data.tar.gz}.
 */
public final class GemDetailsReader implements VersionDetailsReader {
    @Override
    public Optional<Asset> describingAsset(PackageCoordinate coordinate, String version, List<Asset> assets) {
        return assets.stream().filter(a -> a.name().endsWith(".gem"))
                .min(Comparator.comparing((Asset a) -> !a.name().equals(GemFileName.of(coordinate.name(), version, GemSpec.RUBY)))
                        .thenComparing(Asset::name));
    }

    @Override
    public VersionDetails read(PackageCoordinate coordinate, String version, Asset asset, InputStream content) throws IOException {
        TarArchiveInputStream gem = new TarArchiveInputStream(content);
        GemSpec spec = null;
        String readme = null;
        TarArchiveEntry entry;
        while ((entry = gem.getNextEntry()) != null) {
            if (entry.getName().equals("metadata.gz")) {
                byte[] yaml = BoundedReads.all(new GZIPInputStream(gem), BoundedReads.MANIFEST_LIMIT, "metadata.gz");
                try {
                    spec = GemArchive.spec(yaml);
                } catch (IllegalArgumentException e) {
                    throw new IOException(asset.name() + ": " + e.getMessage(), e);
                }
            } else if (entry.getName().equals("data.tar.gz")) {
                readme = readme(new TarArchiveInputStream(new GZIPInputStream(gem)));
            }
        }
        if (spec == null) {
            throw new IOException(asset.name() + " has no metadata.gz, so it is not a gem");
        }
        List<PackageDependency> dependencies = spec.dependencies().stream().map(d -> new PackageDependency(null, d.name(),
                d.runtime() ? "runtime" : "development", d.requirement().written(", "))).toList();
        return new VersionDetails(spec.summary(), spec.homepage(), null,
                spec.licenses().stream().map(l -> new VersionMetadata.License(l, null)).toList(), readme, dependencies);
    }

    private static String readme(TarArchiveInputStream data) throws IOException {
        TarArchiveEntry entry;
        while ((entry = data.getNextEntry()) != null) {
            String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
            if (!name.contains("/") && name.toLowerCase(Locale.ROOT).startsWith("readme")) {
                return BoundedReads.textPrefix(data, BoundedReads.README_LIMIT);
            }
        }
        return null;
    }
}
