package dev.packyard.app;

import dev.packyard.application.fetch.PackageFetchService;
import dev.packyard.server.AccessControl;
import dev.packyard.server.CatalogApi;
import dev.packyard.server.PackageContent;
import dev.packyard.service.CatalogLock;
import dev.packyard.service.packages.HeldPackages;
import dev.packyard.service.throttling.RequestRateLimiter;
import dev.packyard.service.account.LocalAccount;
import dev.packyard.service.account.Quotas;
import dev.packyard.service.content.AssetCleaner;
import dev.packyard.service.details.VersionDetailsService;
import dev.packyard.service.domains.DomainService;
import dev.packyard.service.endpoints.RepositoryEndpoints;
import dev.packyard.service.events.EventingPackageStore;
import dev.packyard.service.events.PackageEvents;
import dev.packyard.service.events.Webhooks;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.groups.GroupOriginCheck;
import dev.packyard.service.groups.PackageGroupService;
import dev.packyard.service.packages.AssetReader;
import dev.packyard.service.packages.DistTagService;
import dev.packyard.service.packages.PackageLocator;
import dev.packyard.service.packages.PackageService;
import dev.packyard.service.packages.VersionCopier;
import dev.packyard.service.packages.VersionService;
import dev.packyard.service.policies.PolicyService;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.service.resolution.UpstreamResolver;
import dev.packyard.service.resources.ResourceArns;
import dev.packyard.service.tags.TagService;
import dev.packyard.service.tokens.TokenService;
import java.time.Clock;

/**
 * The catalogue's services (CodeArtifact's domains, repositories, packages, versions and their access rules) on one
 * catalogue lock, given the service ports of the storage. The control plane takes them as its {@link CatalogApi},
 * the package endpoints the read side as {@link PackageContent}.
 */
public final class CatalogWiring {
    final CatalogLock lock = new CatalogLock();
    final AssetCleaner cleaner;
    final DomainService domains;
    final RepositoryService repositories;
    final PackageLocator locator;
    final PackageService packages;
    final UpstreamResolver resolver;
    final DistTagService distTags;
    final VersionService versions;
    final TokenService tokens;
    final TagService tags;
    final PolicyService policies;
    final RepositoryEndpoints endpoints;
    final AssetReader assets;
    final VersionCopier copier;
    final VersionDetailsService versionDetails;
    private final StorageWiring storage;
    private final LocalAccount account;
    private final Clock clock;
    final PackageGroupService packageGroups;
    final PackageEvents events;
    /** The package store every service uses: the catalogue's, reporting each version change as an event. */
    final PackageStore packageStore;
    final GroupOriginCheck groupChecks;

    CatalogWiring(StorageWiring storage, LocalAccount account, Quotas quotas, Clock clock) {
        this.storage = storage;
        this.account = account;
        this.clock = clock;
        this.events = new PackageEvents(storage.events, account, clock);
        this.packageStore = new EventingPackageStore(storage.packages, events);
        this.domains = new DomainService(storage.domains, storage.repositories, account, quotas, clock, lock);
        this.cleaner = new AssetCleaner(packageStore, storage.blobs);
        this.repositories = new RepositoryService(storage.repositories, packageStore, cleaner, domains, account, quotas,
                clock, lock);
        this.locator = new PackageLocator(repositories, packageStore);
        this.packages = new PackageService(repositories, packageStore, locator, cleaner, lock);
        this.resolver = new UpstreamResolver(storage.repositories, packageStore, quotas);
        this.distTags = new DistTagService(storage.distTags, packageStore, resolver);
        this.versions = new VersionService(packageStore, storage.manifests, distTags, locator, cleaner, quotas, lock);
        this.tokens = new TokenService(storage.tokens, domains, clock);
        this.tags = new TagService(storage.tags, new ResourceArns(domains, repositories, storage.packageGroups,
                account), account, lock);
        this.policies = new PolicyService(storage.policies, domains, repositories, account, lock);
        this.endpoints = new RepositoryEndpoints(repositories);
        this.assets = new AssetReader(locator, packageStore, storage.blobs);
        this.copier = new VersionCopier(repositories, versions, resolver);
        this.versionDetails = new VersionDetailsService(locator, packageStore, storage.blobs, storage.versionDetails,
                InstalledFormats.formats().detailsReaders());
        this.packageGroups = new PackageGroupService(storage.packageGroups, domains, repositories, tags, clock, lock,
                PackageGroupService.DEFAULT_GROUPS_PER_DOMAIN);
        this.groupChecks = new GroupOriginCheck(packageGroups);
    }

    public DomainService domains() {
        return domains;
    }

    public RepositoryService repositories() {
        return repositories;
    }

    public PackageService packages() {
        return packages;
    }

    public VersionService versions() {
        return versions;
    }

    public PackageLocator locator() {
        return locator;
    }

    public UpstreamResolver resolver() {
        return resolver;
    }

    public TokenService tokens() {
        return tokens;
    }

    public TagService tags() {
        return tags;
    }

    public PolicyService policies() {
        return policies;
    }

    public RepositoryEndpoints endpoints() {
        return endpoints;
    }

    public AssetReader assets() {
        return assets;
    }

    public VersionCopier copier() {
        return copier;
    }

    /** npm dist-tags kept per repository. */
    public DistTagService distTags() {
        return distTags;
    }

    /** Summary, licenses, readme and dependencies of stored versions, read from their archives. */
    public VersionDetailsService versionDetails() {
        return versionDetails;
    }

    public PackageGroupService packageGroups() {
        return packageGroups;
    }

    /** The package store every service writes through: the catalogue's, reporting each version change as an event. */
    public PackageStore packageStore() {
        return packageStore;
    }

    /** Every package version change, as CodeArtifact's events describe it. */
    public PackageEvents events() {
        return events;
    }

    public GroupOriginCheck groupChecks() {
        return groupChecks;
    }

    /** What the control plane manages. */
    CatalogApi api(Webhooks webhooks) {
        return new CatalogApi(account, domains, repositories, packages, versions, locator, copier, tags, policies, endpoints,
                packageGroups, events, webhooks);
    }

    /** What the package endpoints read, with {@code fetch} for what a repository does not hold yet. */
    PackageContent content(PackageFetchService fetch) {
        return new PackageContent(assets, fetch, versionDetails, distTags, new HeldPackages(packageStore, storage.blobs, storage.manifests));
    }

    /** Who may call the server (the catalogue's tokens) and how often (CodeArtifact's quotas). */
    AccessControl access() {
        return new AccessControl(tokens, new RequestRateLimiter(clock, RequestRateLimiter.CODEARTIFACT_RATES));
    }
}
