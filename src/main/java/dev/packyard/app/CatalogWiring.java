package dev.packyard.app;

import dev.packyard.service.CatalogLock;
import dev.packyard.service.account.LocalAccount;
import dev.packyard.service.account.Quotas;
import dev.packyard.service.content.AssetCleaner;
import dev.packyard.service.details.VersionDetailsService;
import dev.packyard.service.domains.DomainService;
import dev.packyard.service.endpoints.RepositoryEndpoints;
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
 * catalogue lock, given the service ports of the storage.
 */
final class CatalogWiring {
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

    CatalogWiring(StorageWiring storage, LocalAccount account, Quotas quotas, Clock clock) {
        this.domains = new DomainService(storage.domains, storage.repositories, account, quotas, clock, lock);
        this.cleaner = new AssetCleaner(storage.packages, storage.blobs);
        this.repositories = new RepositoryService(storage.repositories, storage.packages, cleaner, domains, account, quotas,
                clock, lock);
        this.locator = new PackageLocator(repositories, storage.packages);
        this.packages = new PackageService(repositories, storage.packages, locator, cleaner, lock);
        this.resolver = new UpstreamResolver(storage.repositories, storage.packages, quotas);
        this.distTags = new DistTagService(storage.distTags, storage.packages, resolver);
        this.versions = new VersionService(storage.packages, storage.manifests, distTags, locator, cleaner, quotas, lock);
        this.tokens = new TokenService(storage.tokens, domains, clock);
        this.tags = new TagService(storage.tags, new ResourceArns(domains, repositories, account), account, lock);
        this.policies = new PolicyService(storage.policies, domains, repositories, account, lock);
        this.endpoints = new RepositoryEndpoints(repositories);
        this.assets = new AssetReader(locator, storage.packages, storage.blobs);
        this.copier = new VersionCopier(repositories, versions, resolver);
        this.versionDetails = new VersionDetailsService(locator, storage.packages, storage.blobs, storage.versionDetails,
                InstalledFormats.formats().detailsReaders());
    }
}
