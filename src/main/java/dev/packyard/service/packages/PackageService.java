package dev.packyard.service.packages;

import dev.packyard.service.content.AssetCleaner;
import dev.packyard.model.Asset;
import dev.packyard.model.OriginRestrictions;
import dev.packyard.model.OriginType;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.DomainId;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSearch;
import dev.packyard.model.PackageSearchHit;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.Page;
import dev.packyard.model.Repository;
import dev.packyard.model.Restriction;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.CatalogLock;
import dev.packyard.service.error.ConflictException;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.service.error.ResourceType;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.paging.PageTokens;
import dev.packyard.service.paging.Paging;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.persistence.PackageStore.PackageFilter;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.service.validation.Fields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/** Packages in a repository: listing, origin controls, deletion, and recording versions that arrive. */
public final class PackageService {
    private final RepositoryService repositories;
    private final PackageStore packages;
    private final PackageLocator locator;
    private final AssetCleaner cleaner;
    private final CatalogLock lock;

    public PackageService(RepositoryService repositories, PackageStore packages, PackageLocator locator,
                          AssetCleaner cleaner, CatalogLock lock) {
        this.repositories = repositories;
        this.packages = packages;
        this.locator = locator;
        this.cleaner = cleaner;
        this.lock = lock;
    }

    public PackageSummary describe(String owner, String domain, String repository, String format, String namespace, String name) {
        return locator.requirePackage(locator.locate(owner, domain, repository, format, namespace, name));
    }

    /** Sets both origin restrictions; a package that does not exist yet is created empty, to pre-block a name. */
    public PackageSummary putOriginConfiguration(String owner, String domain, String repository, String format,
                                                 String namespace, String name, String publish, String upstream) {
        PackageRef ref = locator.locate(owner, domain, repository, format, namespace, name);
        OriginRestrictions restrictions = new OriginRestrictions(restriction("publish", publish), restriction("upstream", upstream));
        return lock.write(() -> packages.putPackage(ref.repository().id(), ref.coordinate(), restrictions));
    }

    public PackageSummary delete(String owner, String domain, String repository, String format, String namespace, String name) {
        PackageRef ref = locator.locate(owner, domain, repository, format, namespace, name);
        return lock.write(() -> {
            PackageSummary summary = locator.requirePackage(ref);
            List<Asset> assets = allAssets(ref);
            packages.deletePackage(ref.repository().id(), ref.coordinate());
            cleaner.releaseContent(ref.repository().domain(), assets);
            return summary;
        });
    }

    /** The first page of ListPackages, of CodeArtifact's default size. */
    public Page<PackageSummary> list(PackageQuery query) {
        return list(query, null, null);
    }

    /** One page of ListPackages; {@code maxResults} null means CodeArtifact's default of 100, {@code nextToken} null the first page. */
    public Page<PackageSummary> list(PackageQuery query, Integer maxResults, String nextToken) {
        int limit = Fields.maxResults(maxResults, 100);
        Repository repo = repositories.require(query.owner(), query.domain(), query.repository());
        PackageFilter filter = filter(query);
        String scope = PageTokens.scope("packages", repo.id(), filter);
        List<String> after = PageTokens.decode(scope, nextToken, 3);
        PackageCoordinate key = after == null ? null
                : new PackageCoordinate(Fields.format(after.get(0)), after.get(1), after.get(2));
        return Paging.page(packages.listPackages(repo.id(), filter, key, limit + 1), limit, last -> PageTokens.encode(scope,
                last.coordinate().format().wireName(), last.coordinate().namespace(), last.coordinate().name()));
    }

    /**
     * How many packages {@link #list} would give with these filters, without reading them: the console shows it
     * beside the first page.
     */
    public int count(PackageQuery query) {
        Repository repo = repositories.require(query.owner(), query.domain(), query.repository());
        return packages.countPackages(repo.id(), filter(query));
    }

    /**
     * The packages of every repository of a domain that match what a user typed into the console's search (see
     * {@link PackageSearch#parse}), at most {@code limit} (1 to 100); names matching come first, then namespaces.
     */
    public List<PackageSearchHit> searchDomain(DomainId domain, PackageSearch search, int limit) {
        if (limit < 1 || limit > 100) {
            throw new ValidationException("A search gives 1 to 100 packages at a time, not " + limit);
        }
        return packages.searchDomain(domain, search, limit);
    }

    private static PackageFilter filter(PackageQuery query) {
        String format = query.format();
        String packagePrefix = query.packagePrefix();
        String publish = query.publish();
        String upstream = query.upstream();
        PackageFormat f = format == null || format.isEmpty() ? null : Fields.format(format);
        String ns = query.namespace() == null || query.namespace().isEmpty() ? null : query.namespace();
        if (ns != null && f == null) {
            throw new ValidationException("namespace filters by namespace prefix within one format: give format as well");
        }
        return new PackageFilter(f, ns, packagePrefix == null || packagePrefix.isEmpty() ? null : packagePrefix,
                publish == null ? null : restriction("publish", publish), upstream == null ? null : restriction("upstream", upstream));
    }

    /**
     * Records a version arriving in a repository. The package is created on its first version, with the origin
     * controls CodeArtifact gives it: publish allowed for packages that start by being published, upstream allowed
     * for packages that start by being ingested.
     */
    public PackageVersion recordVersion(NewVersion v) {
        return record(v, OriginRestrictions.forFirstArrival(v.origin().type()));
    }

    /**
     * Records a version a repository retains from one of its upstream repositories. Such a version keeps its origin
     * (INTERNAL when it was published upstream), but it arrived here by ingestion, so a package that starts this way
     * gets upstream=ALLOW: later versions in the upstream repository stay visible through this one.
     */
    public PackageVersion retainFromUpstream(NewVersion v) {
        return record(v, OriginRestrictions.INGESTED_FIRST);
    }

    private PackageVersion record(NewVersion v, OriginRestrictions restrictionsIfNew) {
        if (v.assets().size() > 150) {
            throw new ValidationException("A package version can have at most 150 assets; this one has " + v.assets().size());
        }
        return lock.write(() -> {
            if (packages.findVersion(v.repository(), v.coordinate(), v.version()).isPresent()) {
                throw new ConflictException("Version " + v.version() + " of " + v.coordinate().displayName()
                        + " already exists in repository " + v.repository().name(), v.version(), ResourceType.PACKAGE_VERSION);
            }
            if (packages.findPackage(v.repository(), v.coordinate()).isEmpty()) {
                packages.putPackage(v.repository(), v.coordinate(), restrictionsIfNew);
            }
            PackageVersion version = new PackageVersion(v.repository(), v.coordinate(), v.version(),
                    Revisions.of(v.coordinate(), v.version(), v.assets()), v.status(), v.origin(), v.publishedTime(),
                    v.metadata());
            packages.insertVersion(version, v.assets());
            return version;
        });
    }

    /**
     * Adds assets to a version a repository already has (PyPI and Maven versions have several files, which may arrive
     * one by one); names it already has are left as they are. Returns the assets that were added.
     */
    public List<Asset> addMissingAssets(RepositoryId repository, PackageCoordinate coordinate, String version, List<Asset> assets) {
        return lock.write(() -> {
            PackageVersion current = packages.findVersion(repository, coordinate, version).orElseThrow(() ->
                    new ResourceNotFoundException("Version " + version + " of "
                            + coordinate.displayName() + " is not in repository " + repository.name(), version,
                            ResourceType.PACKAGE_VERSION));
            List<Asset> existing = packages.listAssets(repository, coordinate, version);
            Set<String> names = new HashSet<>();
            existing.forEach(a -> names.add(a.name()));
            List<Asset> added = assets.stream().filter(a -> names.add(a.name())).toList();
            if (added.isEmpty()) {
                return added;
            }
            if (existing.size() + added.size() > 150) {
                throw new ValidationException("A package version can have at most 150 assets; " + version + " of "
                        + coordinate.displayName() + " would have " + (existing.size() + added.size()));
            }
            List<Asset> all = new ArrayList<>(existing);
            all.addAll(added);
            String revision = Revisions.of(coordinate, version, all);
            packages.addAssets(repository, coordinate, version, added, current.status(), revision);
            return added;
        });
    }

    public Optional<PackageSummary> find(PackageRef ref) {
        return packages.findPackage(ref.repository().id(), ref.coordinate());
    }

    private List<Asset> allAssets(PackageRef ref) {
        return packages.listVersions(ref.repository().id(), ref.coordinate(), PackageStore.VersionFilter.NONE,
                        PackageStore.VersionOrder.VERSION, null, Integer.MAX_VALUE).stream()
                .flatMap(v -> packages.listAssets(ref.repository().id(), ref.coordinate(), v.version()).stream())
                .toList();
    }

    private static Restriction restriction(String field, String value) {
        String v = Fields.required(field, value);
        return Restriction.parse(v).orElseThrow(() ->
                new ValidationException("Invalid " + field + " restriction '" + v + "': use ALLOW or BLOCK"));
    }
}
