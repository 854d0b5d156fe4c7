package dev.packyard.server;

import dev.packyard.service.account.LocalAccount;
import dev.packyard.service.domains.DomainService;
import dev.packyard.service.endpoints.RepositoryEndpoints;
import dev.packyard.service.events.PackageEvents;
import dev.packyard.service.events.Webhooks;
import dev.packyard.service.groups.PackageGroupService;
import dev.packyard.service.packages.PackageLocator;
import dev.packyard.service.packages.PackageService;
import dev.packyard.service.packages.VersionCopier;
import dev.packyard.service.packages.VersionService;
import dev.packyard.service.policies.PolicyService;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.service.tags.TagService;

/** The CodeArtifact catalogue the control plane manages: domains, repositories, packages, versions and what hangs on them. */
public record CatalogApi(
        LocalAccount account,
        DomainService domains,
        RepositoryService repositories,
        PackageService packages,
        VersionService versions,
        PackageLocator locator,
        VersionCopier copier,
        TagService tags,
        PolicyService policies,
        RepositoryEndpoints endpoints,
        PackageGroupService packageGroups,
        PackageEvents events,
        Webhooks webhooks) {
}
