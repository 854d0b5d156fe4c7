package dev.packyard.service.resources;

import dev.packyard.model.Domain;
import dev.packyard.model.Repository;
import dev.packyard.service.account.LocalAccount;
import dev.packyard.service.domains.DomainService;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.service.error.ResourceType;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.persistence.PackageGroupStore;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.service.validation.Fields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves the resourceArn of the tag operations to an existing domain or repository. */
public final class ResourceArns {
    private static final Pattern ARN = Pattern.compile("arn:aws:codeartifact:([^:]*):([^:]*):([a-z-]+)/(.+)");

    private final DomainService domains;
    private final RepositoryService repositories;
    private final PackageGroupStore groups;
    private final LocalAccount account;

    public ResourceArns(DomainService domains, RepositoryService repositories, PackageGroupStore groups,
                        LocalAccount account) {
        this.domains = domains;
        this.repositories = repositories;
        this.groups = groups;
        this.account = account;
    }

    public ResourceRef require(String arn) {
        String value = Fields.required("resourceArn", arn);
        Matcher m = ARN.matcher(value);
        if (value.length() > 1011 || !m.matches()) {
            throw new ValidationException("Invalid resourceArn '" + shorten(value) + "': give the arn of a domain "
                    + "(arn:aws:codeartifact:REGION:ACCOUNT:domain/DOMAIN) or of a repository "
                    + "(arn:aws:codeartifact:REGION:ACCOUNT:repository/DOMAIN/REPOSITORY)");
        }
        String region = m.group(1);
        String owner = m.group(2);
        String kind = m.group(3);
        String path = m.group(4);
        if (!region.equals(account.region())) {
            throw notFound(value, "it names region " + region + " but this Packyard serves " + account.region());
        }
        switch (kind) {
            case "domain" -> {
                Domain d = domains.require(owner, path);
                return new ResourceRef.DomainResource(d.id());
            }
            case "repository" -> {
                int slash = path.indexOf('/');
                if (slash < 0) {
                    throw new ValidationException("Invalid resourceArn '" + shorten(value)
                            + "': a repository arn ends with repository/DOMAIN/REPOSITORY");
                }
                Repository r = repositories.require(owner, path.substring(0, slash), path.substring(slash + 1));
                return new ResourceRef.RepositoryResource(r.id());
            }
            case "package-group" -> {
                int slash = path.indexOf('/');
                if (slash < 0) {
                    throw new ValidationException("Invalid resourceArn '" + shorten(value)
                            + "': a package group arn ends with package-group/DOMAIN/PATTERN");
                }
                Domain d = domains.require(owner, path.substring(0, slash));
                String pattern = path.substring(slash);
                boolean exists = pattern.equals("/*") || groups.listInDomain(d.id()).stream()
                        .anyMatch(g -> g.pattern().written().equals(pattern));
                if (!exists) {
                    throw notFound(value, "domain " + d.name() + " has no package group " + pattern);
                }
                return new ResourceRef.PackageGroupResource(d.id(), pattern);
            }
            default -> throw new ValidationException("Resource type '" + kind + "' in resourceArn cannot be tagged here: "
                    + "Packyard tags domains, repositories and package groups");
        }
    }

    private static ResourceNotFoundException notFound(String arn, String why) {
        return new ResourceNotFoundException("No resource has the arn " + arn + ": " + why, arn, null);
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
