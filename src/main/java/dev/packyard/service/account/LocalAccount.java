package dev.packyard.service.account;

import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.error.AccessDeniedException;
import dev.packyard.service.validation.Fields;
import java.util.Objects;

/** The local account that owns every domain Packyard creates, and the region named in ARNs. */
public record LocalAccount(String accountId, String region) {
    public LocalAccount {
        Fields.accountId("accountId", accountId);
        Objects.requireNonNull(region, "region");
    }

    /**
     * The owner a request means: this account when it names none or names this one. Packyard holds one local
     * account, so naming any other is a request for resources this caller may not see.
     */
    public String ownerOrSelf(String requestedOwner) {
        if (requestedOwner == null || requestedOwner.isEmpty()) {
            return accountId;
        }
        String owner = Fields.accountId("domain-owner", requestedOwner);
        if (!owner.equals(accountId)) {
            throw new AccessDeniedException("Account " + owner + " is not accessible here: this Packyard's domains belong "
                    + "to the local account " + accountId + "; leave domain-owner out or use that account id");
        }
        return owner;
    }

    public String domainArn(DomainId domain) {
        return prefix(domain.owner()) + "domain/" + domain.name();
    }

    public String repositoryArn(RepositoryId repository) {
        return prefix(repository.domain().owner()) + "repository/" + repository.domain().name() + "/" + repository.name();
    }

    public String packageArn(RepositoryId repository, PackageCoordinate coordinate) {
        String namespace = coordinate.namespace() == null ? "" : coordinate.namespace();
        return prefix(repository.domain().owner()) + "package/" + repository.domain().name() + "/" + repository.name()
                + "/" + coordinate.format().wireName() + "/" + namespace + "/" + coordinate.name();
    }

    /** A package group's arn: its pattern follows the domain name ({@code package-group/acme/npm/space/*}). */
    public String packageGroupArn(DomainId domain, String pattern) {
        return prefix(domain.owner()) + "package-group/" + domain.name() + pattern;
    }

    private String prefix(String owner) {
        return "arn:aws:codeartifact:" + region + ":" + owner + ":";
    }
}
