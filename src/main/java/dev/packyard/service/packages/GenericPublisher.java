package dev.packyard.service.packages;

import dev.packyard.service.content.AssetCleaner;
import dev.packyard.model.Asset;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Repository;
import dev.packyard.model.VersionMetadata;
import dev.packyard.service.CatalogLock;
import dev.packyard.service.error.AccessDeniedException;
import dev.packyard.service.error.ConflictException;
import dev.packyard.service.error.ResourceType;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.persistence.BlobStore;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.service.resolution.ResolutionPlan;
import dev.packyard.service.resolution.ResolutionStep;
import dev.packyard.service.resolution.UpstreamResolver;
import dev.packyard.service.validation.Fields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PublishPackageVersion for the generic format: one asset per call, its bytes checked against the SHA-256 the
 * client sent. A version published with {@code unfinished} stays Unfinished and accepts more assets; the first
 * publish without it makes the version Published.
 */
public final class GenericPublisher {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ASSET_NAME = Pattern.compile("\\P{C}+");

    private final RepositoryService repositories;
    private final PackageService packageService;
    private final PackageStore packages;
    private final BlobStore blobs;
    private final AssetCleaner cleaner;
    private final UpstreamResolver resolver;
    private final CatalogLock lock;
    private final Clock clock;

    public GenericPublisher(RepositoryService repositories, PackageService packageService, PackageStore packages,
                            BlobStore blobs, AssetCleaner cleaner, UpstreamResolver resolver, CatalogLock lock, Clock clock) {
        this.repositories = repositories;
        this.packageService = packageService;
        this.packages = packages;
        this.blobs = blobs;
        this.cleaner = cleaner;
        this.resolver = resolver;
        this.lock = lock;
        this.clock = clock;
    }

    /** The request's identifiers, checked before any byte of the body is read. */
    public record Request(String owner, String domain, String repository, String format, String namespace,
                          String packageName, String version, String assetName, boolean unfinished, String sha256) {
    }

    public PublishResult publish(Request request, InputStream body) {
        String formatName = Fields.required("format", request.format());
        if (Fields.format(formatName) != PackageFormat.GENERIC) {
            throw new ValidationException("PublishPackageVersion publishes generic packages only, not " + formatName
                    + ": publish " + formatName + " packages with their package manager");
        }
        PackageCoordinate coordinate = PackageLocator.coordinate(formatName, request.namespace(), request.packageName());
        String version = Fields.version(request.version());
        String assetName = Fields.required("asset", request.assetName());
        if (assetName.length() > 255 || !ASSET_NAME.matcher(assetName).matches()) {
            throw new ValidationException("Invalid asset name: use 1-255 characters without control characters");
        }
        String sha256 = Fields.required("x-amz-content-sha256", request.sha256());
        if (!SHA256.matcher(sha256).matches()) {
            throw new ValidationException("Invalid x-amz-content-sha256 header: give the SHA-256 of the asset as 64 "
                    + "lowercase hexadecimal characters");
        }
        Repository repository = repositories.require(request.owner(), request.domain(), request.repository());
        checkMayPublish(repository, coordinate, version);
        Asset asset;
        try {
            asset = blobs.put(repository.domain(), assetName, body, sha256);
        } catch (BlobStore.ContentMismatchException e) {
            throw new ValidationException("The asset's content does not match x-amz-content-sha256: " + e.getMessage()
                    + ". Send the SHA-256 of exactly the bytes in the request body");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store asset " + assetName, e);
        }
        try {
            return lock.write(() -> record(repository, coordinate, version, asset, request.unfinished()));
        } catch (RuntimeException e) {
            cleaner.releaseContent(repository.domain(), List.of(asset));
            throw e;
        }
    }

    private PublishResult record(Repository repository, PackageCoordinate coordinate, String version, Asset asset,
                                 boolean unfinished) {
        checkMayPublish(repository, coordinate, version);
        PackageVersionStatus status = unfinished ? PackageVersionStatus.Unfinished : PackageVersionStatus.Published;
        Optional<PackageVersion> existing = packages.findVersion(repository.id(), coordinate, version);
        if (existing.isEmpty()) {
            PackageVersion created = packageService.recordVersion(new NewVersion(repository.id(), coordinate, version, status,
                    PackageVersionOrigin.internal(repository.name()), clock.instant(), VersionMetadata.EMPTY, List.of(asset)));
            return new PublishResult(created, asset);
        }
        PackageVersion current = existing.get();
        List<Asset> assets = packages.listAssets(repository.id(), coordinate, version);
        Optional<Asset> sameName = assets.stream().filter(a -> a.name().equals(asset.name())).findFirst();
        if (sameName.isPresent()) {
            if (!sameName.get().sha256().equals(asset.sha256())) {
                throw new ConflictException("Asset " + asset.name() + " of version " + version + " of "
                        + coordinate.displayName() + " already exists with different content: an asset cannot be "
                        + "replaced; publish a new version", asset.name(), ResourceType.ASSET);
            }
            return new PublishResult(current, sameName.get());
        }
        if (current.status() != PackageVersionStatus.Unfinished) {
            throw new ConflictException("Version " + version + " of " + coordinate.displayName() + " is " + current.status()
                    + ": assets can be added only while a version is Unfinished (publish with unfinished=true until the "
                    + "last asset); publish a new version instead", version, ResourceType.PACKAGE_VERSION);
        }
        List<Asset> all = new ArrayList<>(assets);
        all.add(asset);
        if (all.size() > 150) {
            throw new ValidationException("A package version can have at most 150 assets; " + version + " already has "
                    + assets.size());
        }
        String revision = Revisions.of(coordinate, version, all);
        packages.addAssets(repository.id(), coordinate, version, List.of(asset), status, revision);
        return new PublishResult(current.withStatus(status, revision), asset);
    }

    /**
     * Origin controls: publish=BLOCK refuses direct publishing; with upstream=ALLOW a version that an upstream
     * repository already has cannot be published here (it would shadow the upstream one).
     */
    private void checkMayPublish(Repository repository, PackageCoordinate coordinate, String version) {
        Optional<PackageSummary> existing = packages.findPackage(repository.id(), coordinate);
        if (existing.isPresent() && !existing.get().originRestrictions().publishAllowed()) {
            throw new AccessDeniedException("Publishing " + coordinate.displayName() + " to repository " + repository.name()
                    + " is blocked by the package's origin configuration (publish=BLOCK): allow it with "
                    + "put-package-origin-configuration, or publish to another repository");
        }
        boolean upstreamAllowed = existing.map(p -> p.originRestrictions().upstreamAllowed()).orElse(true);
        if (!upstreamAllowed || packages.findVersion(repository.id(), coordinate, version).isPresent()) {
            return;
        }
        ResolutionPlan plan = resolver.plan(repository, coordinate);
        for (ResolutionStep step : plan.steps()) {
            if (!step.repository().id().equals(repository.id())
                    && packages.findVersion(step.repository().id(), coordinate, version).isPresent()) {
                throw new ConflictException("Version " + version + " of " + coordinate.displayName() + " already exists in "
                        + "upstream repository " + step.repository().name() + ": choose another version, or block "
                        + "upstream versions for this package (upstream=BLOCK) to publish it here", version,
                        ResourceType.PACKAGE_VERSION);
            }
        }
    }
}
