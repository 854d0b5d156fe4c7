package dev.packyard.application.publish;

import dev.packyard.model.Asset;
import dev.packyard.model.OriginRestrictions;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Repository;
import dev.packyard.service.CatalogLock;
import dev.packyard.service.content.AssetCleaner;
import dev.packyard.service.error.ConflictException;
import dev.packyard.service.error.ResourceType;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.groups.GroupOriginCheck;
import dev.packyard.service.packages.DistTagService;
import dev.packyard.service.packages.PublishException;
import dev.packyard.service.packages.PublishExceptions;
import dev.packyard.service.packages.Revisions;
import dev.packyard.service.persistence.BlobStore;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.persistence.PackageStore.PublishedVersionWrite;
import dev.packyard.service.resolution.UpstreamResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishing, the same for every format: the origin controls, the three refusals (the version is here already, in an
 * upstream repository, in the public registry), the let-through during a registry outage recorded as a publish
 * exception, and then, under the catalogue lock, the files moved into the blob store and the version with its asset
 * records, manifest and dist-tags written in one store transaction. When anything fails nothing is left: the files
 * this publish brought are released again, the spool files are deleted, and no part of the version is visible.
 */
public final class PublishPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(PublishPipeline.class);
    private static final int MAX_ASSETS = 150;

    private final PublishRules rules;
    private final PackageStore packages;
    private final BlobStore blobs;
    private final AssetCleaner cleaner;
    private final DistTagService distTags;
    private final PublishExceptions exceptions;
    private final CatalogLock lock;
    private final Clock clock;

    public PublishPipeline(PackageStore packages, BlobStore blobs, UpstreamResolver resolver, PublicRegistryCheck registry,
                           DistTagService distTags, PublishExceptions exceptions, GroupOriginCheck groups,
                           CatalogLock lock, Clock clock) {
        this.rules = new PublishRules(packages, resolver, registry, groups);
        this.packages = packages;
        this.blobs = blobs;
        this.cleaner = new AssetCleaner(packages, blobs);
        this.distTags = distTags;
        this.exceptions = exceptions;
        this.lock = lock;
        this.clock = clock;
    }

    public PublishOutcome publish(PublishRequest request) {
        try {
            if (request.assets().size() > MAX_ASSETS) {
                throw new ValidationException("A package version can have at most " + MAX_ASSETS + " assets; this publish has "
                        + request.assets().size());
            }
            Optional<List<PublishRules.Unchecked>> cleared = clearBeforeLock(request);
            PublishOutcome outcome = lock.write(() -> publishLocked(request, cleared));
            if (outcome.created()) {
                cleared.ifPresent(unchecked -> record(request, unchecked));
            }
            return outcome;
        } finally {
            request.assets().forEach(SpooledAsset::discard);
        }
    }

    /**
     * The checks that may wait on the network, before the lock: for a version that does not exist yet, the public
     * registries' answer (empty when the version exists, so there is nothing to ask).
     */
    private Optional<List<PublishRules.Unchecked>> clearBeforeLock(PublishRequest request) {
        Repository repository = request.repository();
        Optional<PackageSummary> existing = rules.requirePublishAllowed(repository, request.coordinate());
        Optional<PackageVersion> version = packages.findVersion(repository.id(), request.coordinate(), request.version());
        if (version.isPresent()) {
            return Optional.empty();
        }
        if (!PublishRules.upstreamAllowed(existing)) {
            return Optional.of(List.of());
        }
        rules.refuseUpstreamRepositoryVersion(repository, request.coordinate(), request.version());
        return Optional.of(rules.refusePublicRegistryVersion(repository, request.coordinate(), request.version()));
    }

    /** Under the catalogue lock: the local rules again (another publish may have won meanwhile), then the writes. */
    private PublishOutcome publishLocked(PublishRequest request, Optional<List<PublishRules.Unchecked>> cleared) {
        Repository repository = request.repository();
        Optional<PackageSummary> existing = rules.requirePublishAllowed(repository, request.coordinate());
        Optional<PackageVersion> version = packages.findVersion(repository.id(), request.coordinate(), request.version());
        if (version.isPresent()) {
            return addAssets(request, version.get());
        }
        if (cleared.isEmpty()) {
            throw new ConflictException("Version " + request.version() + " of " + request.coordinate().displayName()
                    + " was removed from repository " + repository.name() + " while this publish was checked; publish again",
                    request.version(), ResourceType.PACKAGE_VERSION);
        }
        if (PublishRules.upstreamAllowed(existing)) {
            rules.refuseUpstreamRepositoryVersion(repository, request.coordinate(), request.version());
        }
        return create(request);
    }

    private PublishOutcome create(PublishRequest request) {
        Repository repository = request.repository();
        PackageCoordinate coordinate = request.coordinate();
        List<Asset> stored = new ArrayList<>();
        try {
            for (SpooledAsset file : request.assets()) {
                stored.add(adopt(repository, file));
            }
            PackageVersion version = new PackageVersion(repository.id(), coordinate, request.version(),
                    Revisions.of(coordinate, request.version(), stored), request.options().status(),
                    PackageVersionOrigin.internal(repository.name()), clock.instant(), request.metadata());
            Map<String, String> tags = request.options().distTags()
                    .map(requested -> distTags.tagsForNewVersion(repository, coordinate, request.version(), requested))
                    .orElse(Map.of());
            packages.insertPublishedVersion(new PublishedVersionWrite(version, stored, OriginRestrictions.PUBLISHED_FIRST,
                    request.manifestJson(), tags));
            return new PublishOutcome(version, stored, true);
        } catch (RuntimeException e) {
            release(repository, stored, e);
            throw e;
        }
    }

    private PublishOutcome addAssets(PublishRequest request, PackageVersion current) {
        WhenVersionExists rule = request.options().whenExists();
        if (!rule.allowsIdenticalFileOnAnyStatus()) {
            refuseAddition(request, current);
        }
        Repository repository = request.repository();
        PackageCoordinate coordinate = request.coordinate();
        List<Asset> existing = packages.listAssets(repository.id(), coordinate, current.version());
        List<Asset> answer = new ArrayList<>();
        List<SpooledAsset> added = new ArrayList<>();
        for (SpooledAsset file : request.assets()) {
            Optional<Asset> sameName = existing.stream().filter(a -> a.name().equals(file.name())).findFirst();
            if (sameName.isEmpty()) {
                added.add(file);
            } else if (request.options().identicalFileAccepted() && sameName.get().sha256().equals(file.sha256())) {
                answer.add(sameName.get());
            } else {
                throw sameNameConflict(request, file, sameName.get());
            }
        }
        PackageVersionStatus status = request.options().whenExists().setsStatus() ? request.options().status() : current.status();
        if (added.isEmpty()) {
            return new PublishOutcome(current, answer, false);
        }
        refuseAddition(request, current);
        if (existing.size() + added.size() > MAX_ASSETS) {
            throw new ValidationException("A package version can have at most " + MAX_ASSETS + " assets; " + current.version()
                    + " of " + coordinate.displayName() + " already has " + existing.size());
        }
        List<Asset> stored = new ArrayList<>();
        try {
            for (SpooledAsset file : added) {
                stored.add(adopt(repository, file));
            }
            List<Asset> all = new ArrayList<>(existing);
            all.addAll(stored);
            String revision = Revisions.of(coordinate, current.version(), all);
            packages.addAssets(repository.id(), coordinate, current.version(), stored, status, revision);
            answer.addAll(stored);
            return new PublishOutcome(current.withStatus(status, revision), answer, false);
        } catch (RuntimeException e) {
            release(repository, stored, e);
            throw e;
        }
    }

    /** Refuses adding files to a version whose format rule does not allow it now. */
    private static void refuseAddition(PublishRequest request, PackageVersion current) {
        if (request.options().whenExists().accepts(current, request.options().snapshot())) {
            return;
        }
        String why = switch (request.options().whenExists()) {
            case REFUSE -> "versions cannot be overwritten; publish a new version";
            case ADD_WHILE_UNFINISHED -> "assets can be added only while a version is Unfinished (publish with "
                    + "unfinished=true until the last asset); publish a new version instead";
            case ADD_TO_PUBLISHED_HERE -> "it came from upstream, so files cannot be added to it; publish a new version";
            case ADD_WHILE_UNFINISHED_OR_SNAPSHOT -> "files can be added only while a deployed version is Unfinished "
                    + "(before its maven-metadata.xml is uploaded) or to a published SNAPSHOT; deploy a new version";
        };
        throw new ConflictException("Version " + current.version() + " of " + request.coordinate().displayName()
                + " already exists in repository " + request.repository().name() + " (" + current.status() + ", "
                + current.origin().type() + "): " + why, current.version(), ResourceType.PACKAGE_VERSION);
    }

    private static ConflictException sameNameConflict(PublishRequest request, SpooledAsset file, Asset existing) {
        String detail = existing.sha256().equals(file.sha256()) ? "already exists" : "already exists with different content";
        return new ConflictException("Asset " + file.name() + " of version " + request.version() + " of "
                + request.coordinate().displayName() + " " + detail + ": files cannot be replaced; publish a new version "
                + "(twine --skip-existing skips files already uploaded)", file.name(), ResourceType.ASSET);
    }

    private Asset adopt(Repository repository, SpooledAsset file) {
        try {
            return blobs.adopt(repository.domain(), file.name(), file.file(), file.size(), file.hashes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + file.name(), e);
        }
    }

    /** Gives back the contents this publish brought that no version refers to (still under the lock). */
    private void release(Repository repository, List<Asset> stored, RuntimeException cause) {
        try {
            cleaner.releaseContent(repository.domain(), stored);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private void record(PublishRequest request, List<PublishRules.Unchecked> unchecked) {
        for (PublishRules.Unchecked u : unchecked) {
            PublishException recorded = exceptions.record(request.repository().id(), request.coordinate(), request.version(),
                    u.connection().connectionName(),
                    "the public registry could not be asked whether it already has this version (" + u.reason() + ")");
            LOG.warn("Publish exception: {}", recorded.describe());
        }
    }
}
