package dev.packyard.service.details;

import dev.packyard.model.Asset;
import dev.packyard.model.PackageDependency;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.Page;
import dev.packyard.model.VersionDetails;
import dev.packyard.service.packages.PackageLocator;
import dev.packyard.service.packages.PackageRef;
import dev.packyard.service.paging.PageTokens;
import dev.packyard.service.paging.Paging;
import dev.packyard.service.persistence.BlobStore;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.persistence.VersionDetailsStore;
import dev.packyard.service.persistence.VersionDetailsStore.Extracted;
import dev.packyard.service.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DescribePackageVersion's descriptive fields, GetPackageVersionReadme and ListPackageVersionDependencies, for every
 * stored version however it arrived: read from the version's own archive by its format's reader on the first ask,
 * then kept in the catalogue.
 */
public final class VersionDetailsService {
    /** CodeArtifact's page size for dependencies is not documented and the call takes no max-results. */
    static final int DEPENDENCIES_PER_PAGE = 100;
    private static final Logger LOG = LoggerFactory.getLogger(VersionDetailsService.class);

    private final PackageLocator locator;
    private final PackageStore packages;
    private final BlobStore blobs;
    private final VersionDetailsStore store;
    private final Map<PackageFormat, VersionDetailsReader> readers;

    public VersionDetailsService(PackageLocator locator, PackageStore packages, BlobStore blobs, VersionDetailsStore store,
                                 Map<PackageFormat, VersionDetailsReader> readers) {
        this.locator = locator;
        this.packages = packages;
        this.blobs = blobs;
        this.store = store;
        this.readers = Map.copyOf(readers);
    }

    /** The version with summary, home page, source repository and licenses filled from its archive where missing. */
    public PackageVersion describe(PackageRef ref, String version) {
        PackageVersion v = locator.requireVersion(ref, version);
        VersionDetails details = details(ref, v);
        return new PackageVersion(v.repository(), v.coordinate(), v.version(), v.revision(), v.status(), v.origin(),
                v.publishedTime(), details.fillGapsOf(v.metadata()));
    }

    /** All that the version's archive says (readme, licenses, dependencies…), as the console's version pane shows it. */
    public VersionDetails details(PackageRef ref, String version) {
        return details(ref, locator.requireVersion(ref, version));
    }

    public VersionReadme readme(PackageRef ref, String version) {
        PackageVersion v = locator.requireVersion(ref, version);
        return new VersionReadme(v, Optional.ofNullable(details(ref, v).readme()));
    }

    /** One page of the version's direct dependencies, in the order its manifest declares them. */
    public DependencyListing dependencies(PackageRef ref, String version, String nextToken) {
        PackageVersion v = locator.requireVersion(ref, version);
        String scope = PageTokens.scope("dependencies", ref.repository().id(), ref.coordinate(), v.version());
        List<String> after = PageTokens.decode(scope, nextToken, 1);
        int start = after == null ? 0 : position(after.get(0));
        List<PackageDependency> all = details(ref, v).dependencies();
        List<PackageDependency> rest = all.subList(Math.min(start, all.size()),
                Math.min(all.size(), start + DEPENDENCIES_PER_PAGE + 1));
        int first = start;
        Page<PackageDependency> page = Paging.page(rest, DEPENDENCIES_PER_PAGE,
                last -> PageTokens.encode(scope, Integer.toString(first + DEPENDENCIES_PER_PAGE)));
        return new DependencyListing(v, page);
    }

    private VersionDetails details(PackageRef ref, PackageVersion v) {
        VersionDetailsReader reader = readers.get(v.coordinate().format());
        if (reader == null) {
            return VersionDetails.NONE;
        }
        List<Asset> assets = packages.listAssets(ref.repository().id(), v.coordinate(), v.version());
        Optional<Asset> source = reader.describingAsset(v.coordinate(), v.version(), assets);
        if (source.isEmpty()) {
            return VersionDetails.NONE;
        }
        Asset asset = source.get();
        Optional<Extracted> kept = store.find(ref.repository().id(), v.coordinate(), v.version());
        if (kept.isPresent() && kept.get().sourceSha256().equals(asset.sha256())) {
            return kept.get().details();
        }
        Optional<VersionDetails> read = read(ref, v, reader, asset);
        read.ifPresent(d -> store.put(ref.repository().id(), v.coordinate(), v.version(), new Extracted(asset.sha256(), d)));
        return read.orElse(VersionDetails.NONE);
    }

    /** Empty only when the content is missing (worth another look later); unreadable content reads as no details. */
    private Optional<VersionDetails> read(PackageRef ref, PackageVersion v, VersionDetailsReader reader, Asset asset) {
        Optional<InputStream> content;
        try {
            content = blobs.open(ref.repository().domain(), asset.sha256());
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Cannot open {} of {} {}: {}", asset.name(), v.coordinate(), v.version(), e.getMessage());
            return Optional.empty();
        }
        if (content.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = content.get()) {
            return Optional.of(reader.read(v.coordinate(), v.version(), asset, in));
        } catch (IOException | RuntimeException e) {
            // CodeArtifact answers a version whose manifest it cannot read with no dependencies and no readme.
            LOG.info("{} of {} {} is not a readable {} archive ({}); it is answered without details", asset.name(),
                    v.coordinate(), v.version(), v.coordinate().format(), e.getMessage());
            return Optional.of(VersionDetails.NONE);
        }
    }

    private static int position(String token) {
        try {
            int p = Integer.parseInt(token);
            if (p >= 0) {
                return p;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ValidationException("The next-token is not one Packyard issued: leave it out to start over");
    }

    /** GetPackageVersionReadme's answer: the version, and its readme when it has one. */
    public record VersionReadme(PackageVersion version, Optional<String> readme) {
    }

    /** ListPackageVersionDependencies' answer: the version and one page of its dependencies. */
    public record DependencyListing(PackageVersion version, Page<PackageDependency> page) {
    }
}
