package dev.packyard.service.resources;

import dev.packyard.model.DomainId;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.account.LocalAccount;

/** A resource that can carry tags (a domain, a repository or a package group) and a permissions policy (not a group). */
public sealed interface ResourceRef {
    String arn(LocalAccount account);

    /** The name reported as resourceId in errors. */
    String name();

    record DomainResource(DomainId domain) implements ResourceRef {
        @Override
        public String arn(LocalAccount account) {
            return account.domainArn(domain);
        }

        @Override
        public String name() {
            return domain.name();
        }
    }

    record RepositoryResource(RepositoryId repository) implements ResourceRef {
        @Override
        public String arn(LocalAccount account) {
            return account.repositoryArn(repository);
        }

        @Override
        public String name() {
            return repository.name();
        }
    }

    record PackageGroupResource(DomainId domain, String pattern) implements ResourceRef {
        @Override
        public String arn(LocalAccount account) {
            return account.packageGroupArn(domain, pattern);
        }

        @Override
        public String name() {
            return pattern;
        }
    }
}
