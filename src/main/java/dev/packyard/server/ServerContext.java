package dev.packyard.server;

import dev.packyard.application.fetch.PackageFetchService;
import dev.packyard.application.publish.GenericPublisher;
import dev.packyard.application.publish.PublishPipeline;
import dev.packyard.application.publish.UploadSpool;
import dev.packyard.service.account.LocalAccount;
import dev.packyard.service.domains.DomainService;
import dev.packyard.service.endpoints.RepositoryEndpoints;
import dev.packyard.service.packages.AssetReader;
import dev.packyard.service.packages.DistTagService;
import dev.packyard.service.packages.PackageLocator;
import dev.packyard.service.packages.PackageService;
import dev.packyard.service.packages.VersionCopier;
import dev.packyard.service.packages.VersionService;
import dev.packyard.service.details.VersionDetailsService;
import dev.packyard.service.policies.PolicyService;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.service.tags.TagService;
import dev.packyard.service.throttling.RequestRateLimiter;
import dev.packyard.service.tokens.TokenService;
import dev.packyard.service.packages.PublishExceptions;
import dev.packyard.service.persistence.BlobStore;
import dev.packyard.service.persistence.ManifestStore;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.resolution.UpstreamResolver;
import java.time.Clock;

/** The services the HTTP server uses, and the fetch engine behind the package endpoints; built by the application's wiring. */
public record ServerContext(
        LocalAccount account,
        DomainService domains,
        RepositoryService repositories,
        PackageService packages,
        VersionService versions,
        PackageLocator locator,
        VersionCopier copier,
        AssetReader assets,
        GenericPublisher publisher,
        PublishPipeline publishing,
        UploadSpool uploads,
        TokenService tokens,
        TagService tags,
        PolicyService policies,
        RepositoryEndpoints endpoints,
        RequestRateLimiter rateLimiter,
        PackageFetchService fetch,
        BlobStore blobs,
        ManifestStore manifests,
        PublishExceptions publishExceptions,
        PackageStore packageStore,
        UpstreamResolver resolver,
        DistTagService distTags,
        VersionDetailsService versionDetails,
        Clock clock) {
}
