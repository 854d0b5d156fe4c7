package dev.packyard.service.policies;

import dev.packyard.model.SharedJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.service.CatalogLock;
import dev.packyard.service.account.LocalAccount;
import dev.packyard.service.domains.DomainService;
import dev.packyard.service.error.ConflictException;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.service.error.ResourceType;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.persistence.PolicyStore;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.service.resources.ResourceRef;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Domain and repository permissions policies. Packyard keeps and returns them (so scripts that set them work) but
 * does not evaluate them: it serves one local account. The policy revision works as in CodeArtifact: give the
 * current revision to make a change conditional on nobody having changed the policy since.
 */
public final class PolicyService {
    private static final Pattern DOCUMENT = Pattern.compile("[\\P{C}\\s]+");
    private static final Pattern REVISION = Pattern.compile("\\S{1,100}");
    private static final ObjectMapper JSON = SharedJson.MAPPER;

    private final PolicyStore policies;
    private final DomainService domains;
    private final RepositoryService repositories;
    private final LocalAccount account;
    private final CatalogLock lock;
    private final SecureRandom random = new SecureRandom();

    public PolicyService(PolicyStore policies, DomainService domains, RepositoryService repositories, LocalAccount account,
                         CatalogLock lock) {
        this.policies = policies;
        this.domains = domains;
        this.repositories = repositories;
        this.account = account;
        this.lock = lock;
    }

    public ResourcePolicy getDomainPolicy(String owner, String domain) {
        return get(domainRef(owner, domain), ResourceType.DOMAIN);
    }

    public ResourcePolicy putDomainPolicy(String owner, String domain, String revision, String document) {
        return put(() -> domainRef(owner, domain), ResourceType.DOMAIN, revision, document);
    }

    public ResourcePolicy deleteDomainPolicy(String owner, String domain, String revision) {
        return delete(() -> domainRef(owner, domain), ResourceType.DOMAIN, revision);
    }

    public ResourcePolicy getRepositoryPolicy(String owner, String domain, String repository) {
        return get(repositoryRef(owner, domain, repository), ResourceType.REPOSITORY);
    }

    public ResourcePolicy putRepositoryPolicy(String owner, String domain, String repository, String revision, String document) {
        return put(() -> repositoryRef(owner, domain, repository), ResourceType.REPOSITORY, revision, document);
    }

    public ResourcePolicy deleteRepositoryPolicy(String owner, String domain, String repository, String revision) {
        return delete(() -> repositoryRef(owner, domain, repository), ResourceType.REPOSITORY, revision);
    }

    private ResourcePolicy get(ResourceRef resource, ResourceType type) {
        return policies.find(resource.arn(account)).orElseThrow(() -> noPolicy(resource, type));
    }

    private ResourcePolicy put(Supplier<ResourceRef> target, ResourceType type, String revision,
                               String document) {
        String checkedDocument = checkDocument(document);
        String expectedRevision = checkRevision(revision);
        return lock.write(() -> {
            ResourceRef resource = target.get();
            String arn = resource.arn(account);
            Optional<ResourcePolicy> current = policies.find(arn);
            requireRevision(resource, type, current, expectedRevision);
            ResourcePolicy policy = new ResourcePolicy(arn, newRevision(), checkedDocument);
            policies.put(resource, policy);
            return policy;
        });
    }

    private ResourcePolicy delete(Supplier<ResourceRef> target, ResourceType type, String revision) {
        String expectedRevision = checkRevision(revision);
        return lock.write(() -> {
            ResourceRef resource = target.get();
            ResourcePolicy current = policies.find(resource.arn(account)).orElseThrow(() -> noPolicy(resource, type));
            requireRevision(resource, type, Optional.of(current), expectedRevision);
            policies.delete(current.resourceArn());
            return current;
        });
    }

    private static void requireRevision(ResourceRef resource, ResourceType type, Optional<ResourcePolicy> current,
                                        String expected) {
        if (expected == null) {
            return;
        }
        if (current.isEmpty()) {
            throw new ConflictException("The " + type.wireName() + " " + resource.name() + " has no permissions policy, "
                    + "so policy revision " + expected + " does not match: leave the revision out to set a first policy",
                    resource.name(), type);
        }
        if (!current.get().revision().equals(expected)) {
            throw new ConflictException("The permissions policy of " + type.wireName() + " " + resource.name()
                    + " has revision " + current.get().revision() + ", not " + expected + ": someone changed it since you "
                    + "read it; get the policy again and retry with its revision", resource.name(), type);
        }
    }

    private ResourceRef domainRef(String owner, String domain) {
        return new ResourceRef.DomainResource(domains.require(owner, domain).id());
    }

    private ResourceRef repositoryRef(String owner, String domain, String repository) {
        return new ResourceRef.RepositoryResource(repositories.require(owner, domain, repository).id());
    }

    private static ResourceNotFoundException noPolicy(ResourceRef resource, ResourceType type) {
        return new ResourceNotFoundException("The " + type.wireName() + " " + resource.name()
                + " has no permissions policy: set one with put-" + type.wireName() + "-permissions-policy",
                resource.name(), type);
    }

    private static String checkDocument(String document) {
        if (document == null || document.isEmpty()) {
            throw new ValidationException("Missing required parameter 'policyDocument': give the policy as a JSON document");
        }
        if (document.length() > 7168 || !DOCUMENT.matcher(document).matches()) {
            throw new ValidationException("Invalid policyDocument: use at most 7168 characters and no control characters "
                    + "other than white space (it has " + document.length() + ")");
        }
        try {
            JsonNode parsed = JSON.readTree(document);
            if (parsed == null || !parsed.isObject()) {
                throw new ValidationException("Invalid policyDocument: a policy is a JSON object with a Statement list");
            }
        } catch (JsonProcessingException e) {
            throw new ValidationException("Invalid policyDocument: it is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        return document;
    }

    private static String checkRevision(String revision) {
        if (revision == null || revision.isEmpty()) {
            return null;
        }
        if (!REVISION.matcher(revision).matches()) {
            throw new ValidationException("Invalid policy-revision: a revision is 1-100 characters without white space");
        }
        return revision;
    }

    private String newRevision() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
