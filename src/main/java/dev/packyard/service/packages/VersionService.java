package dev.packyard.service.packages;

import dev.packyard.service.content.AssetCleaner;
import dev.packyard.model.Asset;
import dev.packyard.model.OriginRestrictions;
import dev.packyard.model.OriginType;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Page;
import dev.packyard.model.Repository;
import dev.packyard.service.CatalogLock;
import dev.packyard.service.account.Quotas;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.packages.BatchResult.ErrorCode;
import dev.packyard.service.packages.BatchResult.Failure;
import dev.packyard.service.packages.BatchResult.Success;
import dev.packyard.service.paging.PageTokens;
import dev.packyard.service.paging.Paging;
import dev.packyard.service.persistence.ManifestStore;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.persistence.PackageStore.VersionFilter;
import dev.packyard.service.persistence.PackageStore.VersionKey;
import dev.packyard.service.persistence.PackageStore.VersionOrder;
import dev.packyard.service.validation.Fields;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Package versions in a repository: listing, describing, assets, and the status changes of CodeArtifact. */
public final class VersionService {
    private static final Set<PackageVersionStatus> UPDATE_TARGETS =
            Set.of(PackageVersionStatus.Published, PackageVersionStatus.Unlisted, PackageVersionStatus.Archived);

    private final PackageStore packages;
    private final ManifestStore manifests;
    private final DistTagService distTags;
    private final PackageLocator locator;
    private final AssetCleaner cleaner;
    private final Quotas quotas;
    private final CatalogLock lock;

    public VersionService(PackageStore packages, ManifestStore manifests, DistTagService distTags, PackageLocator locator,
                          AssetCleaner cleaner, Quotas quotas, CatalogLock lock) {
        this.packages = packages;
        this.manifests = manifests;
        this.distTags = distTags;
        this.locator = locator;
        this.cleaner = cleaner;
        this.quotas = quotas;
        this.lock = lock;
    }

    /** Versions of every status unless {@code status} filters; ordered by version, or newest first with PUBLISHED_TIME. */
    /** A page of every version of the package, in the format's version order. */
    public VersionListing list(PackageRef ref, Integer maxResults, String nextToken) {
        return list(ref, null, null, null, maxResults, nextToken);
    }

    public VersionListing list(PackageRef ref, String status, String originType, String sortBy, Integer maxResults, String nextToken) {
        int limit = Fields.maxResults(maxResults, 50);
        locator.requirePackage(ref);
        PackageVersionStatus statusFilter = status == null || status.isEmpty() ? null : Fields.status("status", status);
        OriginType originFilter = originType == null || originType.isEmpty() ? null : parseOriginType(originType);
        VersionOrder order = VersionOrder.VERSION;
        if (sortBy != null && !sortBy.isEmpty()) {
            if (!sortBy.equals("PUBLISHED_TIME")) {
                throw new ValidationException("Invalid sortBy '" + sortBy + "': the only sort is PUBLISHED_TIME");
            }
            order = VersionOrder.PUBLISHED_TIME;
        }
        VersionFilter filter = new VersionFilter(statusFilter, originFilter);
        String scope = PageTokens.scope("versions", ref.repository().id(), ref.coordinate(), filter, order);
        List<String> after = PageTokens.decode(scope, nextToken, 2);
        VersionKey key = after == null ? null : new VersionKey(parseLong(after.get(0)), after.get(1));
        Page<PackageVersion> page = Paging.page(packages.listVersions(ref.repository().id(), ref.coordinate(), filter, order,
                key, limit + 1), limit, last -> PageTokens.encode(scope,
                Long.toString(last.publishedTime().toEpochMilli()), last.version()));
        return new VersionListing(ref.coordinate(), defaultDisplayVersion(ref), page);
    }

    public PackageVersion describe(PackageRef ref, String version) {
        return locator.requireVersion(ref, version);
    }

    public Page<Asset> listAssets(PackageRef ref, String version, Integer maxResults, String nextToken) {
        int limit = Fields.maxResults(maxResults, 50);
        PackageVersion v = locator.requireVersion(ref, version);
        String scope = PageTokens.scope("assets", ref.repository().id(), ref.coordinate(), v.version());
        List<String> after = PageTokens.decode(scope, nextToken, 1);
        List<Asset> remaining = packages.listAssets(ref.repository().id(), ref.coordinate(), v.version()).stream()
                .sorted(Comparator.comparing(Asset::name))
                .filter(a -> after == null || a.name().compareTo(after.get(0)) > 0)
                .limit(limit + 1L)
                .toList();
        return Paging.page(remaining, limit, last -> PageTokens.encode(scope, last.name()));
    }

    /** Sets the versions' status whatever it is now, each as long as it is still at the revision the caller saw. */
    public BatchResult updateStatus(PackageRef ref, List<String> versions, Map<String, String> versionRevisions,
                                    String targetStatus) {
        return updateStatus(ref, versions, versionRevisions, null, targetStatus);
    }

    public BatchResult updateStatus(PackageRef ref, List<String> versions, Map<String, String> versionRevisions,
                                    String expectedStatus, String targetStatus) {
        PackageVersionStatus target = Fields.status("targetStatus", targetStatus);
        if (!UPDATE_TARGETS.contains(target)) {
            throw new ValidationException("targetStatus " + target + " cannot be set here: use Published, Unlisted or Archived"
                    + (target == PackageVersionStatus.Disposed ? " (dispose-package-versions disposes versions)" : "")
                    + (target == PackageVersionStatus.Deleted ? " (delete-package-versions deletes versions)" : ""));
        }
        return applyAllOrNothing(ref, versions, versionRevisions, expectedStatus, current -> {
            if (current.status() == PackageVersionStatus.Disposed) {
                return Optional.of(new Failure(ErrorCode.NOT_ALLOWED,
                        "version " + current.version() + " is Disposed: its assets are gone and it can only be deleted"));
            }
            return Optional.empty();
        }, current -> {
            packages.updateStatus(ref.repository().id(), ref.coordinate(), current.version(), target, current.revision());
            return new Success(current.revision(), target);
        });
    }

    /** Deletes the versions' assets for good and marks them Disposed; only deletion is possible afterwards. */
    /** Disposes the versions whatever their status, each as long as it is still at the revision the caller saw. */
    public BatchResult dispose(PackageRef ref, List<String> versions, Map<String, String> versionRevisions) {
        return dispose(ref, versions, versionRevisions, null);
    }

    public BatchResult dispose(PackageRef ref, List<String> versions, Map<String, String> versionRevisions, String expectedStatus) {
        return applyAllOrNothing(ref, versions, versionRevisions, expectedStatus, current -> Optional.empty(), current -> {
            List<Asset> assets = packages.listAssets(ref.repository().id(), ref.coordinate(), current.version());
            packages.deleteAssets(ref.repository().id(), ref.coordinate(), current.version());
            packages.updateStatus(ref.repository().id(), ref.coordinate(), current.version(), PackageVersionStatus.Disposed,
                    current.revision());
            cleaner.releaseContent(ref.repository().domain(), assets);
            return new Success(current.revision(), PackageVersionStatus.Disposed);
        });
    }

    /** Deletes the versions whatever their status. */
    public BatchResult delete(PackageRef ref, List<String> versions) {
        return delete(ref, versions, null);
    }

    public BatchResult delete(PackageRef ref, List<String> versions, String expectedStatus) {
        return applyAllOrNothing(ref, versions, null, expectedStatus, current -> Optional.empty(), current -> {
            List<Asset> assets = packages.listAssets(ref.repository().id(), ref.coordinate(), current.version());
            packages.deleteVersion(ref.repository().id(), ref.coordinate(), current.version());
            cleaner.releaseContent(ref.repository().domain(), assets);
            return new Success(current.revision(), PackageVersionStatus.Deleted);
        });
    }

    /**
     * Copies versions between two repositories of one domain. Each version is judged on its own: a missing source
     * version, or one the destination already has (without allowOverwrite), fails alone. A copied version keeps the
     * manifest it was published with (npm's dependencies), and the source's dist-tags naming a copied version are set
     * in the destination, replacing the destination's value of the same tag, as CodeArtifact copies npm tags.
     */
    public BatchResult copy(Repository source, Repository destination, PackageCoordinate coordinate, List<String> versions,
                            Map<String, String> versionRevisions, boolean allowOverwrite, SourceLookup upstreamLookup) {
        if ((versions == null || versions.isEmpty()) == (versionRevisions == null || versionRevisions.isEmpty())) {
            throw new ValidationException("Give either versions or versionRevisions (exactly one of them) to copy");
        }
        List<String> names = versions != null && !versions.isEmpty() ? versions : List.copyOf(versionRevisions.keySet());
        checkBatchSize(names);
        if (source.id().equals(destination.id())) {
            throw new ValidationException("source-repository and destination-repository are both " + source.name()
                    + ": copy between two different repositories");
        }
        return lock.write(() -> {
            Map<String, Success> ok = new LinkedHashMap<>();
            Map<String, Failure> failed = new LinkedHashMap<>();
            for (String name : names) {
                String version = Fields.version(name);
                Optional<PackageVersion> found = packages.findVersion(source.id(), coordinate, version);
                if (found.isEmpty() && upstreamLookup != null) {
                    found = upstreamLookup.find(coordinate, version);
                }
                if (found.isEmpty()) {
                    failed.put(version, new Failure(ErrorCode.NOT_FOUND, "version " + version + " is not in " + source.name()));
                    continue;
                }
                PackageVersion v = found.get();
                String expectedRevision = versionRevisions == null ? null : versionRevisions.get(version);
                if (expectedRevision != null && !expectedRevision.equals(v.revision())) {
                    failed.put(version, new Failure(ErrorCode.MISMATCHED_REVISION,
                            "current revision: " + v.revision() + ", expected revision: " + expectedRevision));
                    continue;
                }
                if (v.status() == PackageVersionStatus.Disposed) {
                    failed.put(version, new Failure(ErrorCode.NOT_ALLOWED, "version " + version + " is Disposed and has no assets to copy"));
                    continue;
                }
                Optional<PackageVersion> existing = packages.findVersion(destination.id(), coordinate, version);
                if (existing.isPresent() && !allowOverwrite) {
                    failed.put(version, new Failure(ErrorCode.ALREADY_EXISTS, "version " + version + " already exists in "
                            + destination.name() + " (set allowOverwrite to replace it)"));
                    continue;
                }
                List<Asset> assets = packages.listAssets(v.repository(), coordinate, version);
                if (existing.isPresent()) {
                    List<Asset> replaced = packages.listAssets(destination.id(), coordinate, version);
                    packages.deleteVersion(destination.id(), coordinate, version);
                    cleaner.releaseContent(destination.domain(), replaced);
                }
                if (packages.findPackage(destination.id(), coordinate).isEmpty()) {
                    packages.putPackage(destination.id(), coordinate, OriginRestrictions.forFirstArrival(v.origin().type()));
                }
                PackageVersion copy = new PackageVersion(destination.id(), coordinate, version, v.revision(), v.status(),
                        v.origin(), v.publishedTime(), v.metadata());
                packages.insertVersion(copy, assets);
                manifests.find(v.repository(), coordinate, version)
                        .ifPresent(manifest -> manifests.put(destination.id(), coordinate, version, manifest));
                ok.put(version, new Success(copy.revision(), copy.status()));
            }
            if (!ok.isEmpty()) {
                Map<String, String> sourceTags = upstreamLookup != null ? distTags.merged(source, coordinate)
                        : distTags.own(source.id(), coordinate);
                distTags.copyTags(sourceTags, destination, coordinate, ok.keySet());
            }
            return new BatchResult(ok, failed);
        });
    }

    /** Finds a version outside the source repository (its upstreams), for includeFromUpstream. */
    @FunctionalInterface
    public interface SourceLookup {
        Optional<PackageVersion> find(PackageCoordinate coordinate, String version);
    }

    private interface Check {
        Optional<Failure> check(PackageVersion current);
    }

    private interface Change {
        Success apply(PackageVersion current);
    }

    /**
     * CodeArtifact applies these batches all or nothing: if any version fails a precondition, none changes and the
     * others are reported SKIPPED.
     */
    private BatchResult applyAllOrNothing(PackageRef ref, List<String> versions, Map<String, String> versionRevisions,
                                          String expectedStatus, Check extraCheck, Change change) {
        checkBatchSize(versions);
        PackageVersionStatus expected = expectedStatus == null || expectedStatus.isEmpty() ? null
                : Fields.status("expectedStatus", expectedStatus);
        return lock.write(() -> {
            locator.requirePackage(ref);
            Map<String, PackageVersion> current = new LinkedHashMap<>();
            Map<String, Failure> failed = new LinkedHashMap<>();
            for (String name : versions) {
                String version = Fields.version(name);
                Optional<PackageVersion> found = packages.findVersion(ref.repository().id(), ref.coordinate(), version);
                if (found.isEmpty()) {
                    failed.put(version, new Failure(ErrorCode.NOT_FOUND, "version " + version + " is not in repository "
                            + ref.repository().name()));
                    continue;
                }
                PackageVersion v = found.get();
                String expectedRevision = versionRevisions == null ? null : versionRevisions.get(version);
                if (expected != null && v.status() != expected) {
                    failed.put(version, new Failure(ErrorCode.MISMATCHED_STATUS,
                            "current status: " + v.status() + ", expected status: " + expected));
                } else if (expectedRevision != null && !expectedRevision.equals(v.revision())) {
                    failed.put(version, new Failure(ErrorCode.MISMATCHED_REVISION,
                            "current revision: " + v.revision() + ", expected revision: " + expectedRevision));
                } else {
                    extraCheck.check(v).ifPresentOrElse(f -> failed.put(version, f), () -> current.put(version, v));
                }
            }
            Map<String, Success> ok = new LinkedHashMap<>();
            if (failed.isEmpty()) {
                current.values().forEach(v -> ok.put(v.version(), change.apply(v)));
            } else {
                current.keySet().forEach(v -> failed.put(v, new Failure(ErrorCode.SKIPPED, "version " + v + " is skipped")));
            }
            return new BatchResult(ok, failed);
        });
    }

    private void checkBatchSize(List<String> versions) {
        if (versions == null || versions.isEmpty()) {
            throw new ValidationException("Missing required parameter 'versions': name at least one version");
        }
        if (versions.size() > quotas.versionsPerBatch()) {
            throw new ValidationException("At most " + quotas.versionsPerBatch() + " versions can be changed in one call; "
                    + "this call names " + versions.size());
        }
    }

    private Optional<String> defaultDisplayVersion(PackageRef ref) {
        return distTags.displayVersion(ref.repository().id(), ref.coordinate()).map(PackageVersion::version);
    }

    private static OriginType parseOriginType(String value) {
        try {
            return OriginType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("Invalid originType '" + value + "': use INTERNAL, EXTERNAL or UNKNOWN");
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new ValidationException("The next-token is not one Packyard issued: leave it out to start over");
        }
    }
}
