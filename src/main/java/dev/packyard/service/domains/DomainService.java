package dev.packyard.service.domains;

import dev.packyard.model.Domain;
import dev.packyard.model.DomainId;
import dev.packyard.model.DomainStatus;
import dev.packyard.model.Page;
import dev.packyard.service.CatalogLock;
import dev.packyard.service.account.LocalAccount;
import dev.packyard.service.account.Quotas;
import dev.packyard.service.error.ConflictException;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.service.error.ResourceType;
import dev.packyard.service.error.ServiceQuotaExceededException;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.paging.PageTokens;
import dev.packyard.service.paging.Paging;
import dev.packyard.service.persistence.DomainStore;
import dev.packyard.service.persistence.RepositoryStore;
import dev.packyard.service.validation.Fields;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Create, describe, list and delete domains with CodeArtifact's rules. */
public final class DomainService {
    private final DomainStore domains;
    private final RepositoryStore repositories;
    private final LocalAccount account;
    private final Quotas quotas;
    private final Clock clock;
    private final CatalogLock lock;
    private final List<Consumer<DomainId>> deletionListeners = new CopyOnWriteArrayList<>();

    public DomainService(DomainStore domains, RepositoryStore repositories, LocalAccount account, Quotas quotas,
                         Clock clock, CatalogLock lock) {
        this.domains = domains;
        this.repositories = repositories;
        this.account = account;
        this.quotas = quotas;
        this.clock = clock;
        this.lock = lock;
    }

    /** Creates the domain with the default encryption key. */
    public DomainDetails create(String name) {
        return create(name, null);
    }

    public DomainDetails create(String name, String encryptionKey) {
        String domainName = Fields.domainName(name);
        if (encryptionKey != null && (encryptionKey.isBlank() || encryptionKey.length() > 1011)) {
            throw new ValidationException("Invalid encryptionKey: give a key ARN of 1-1011 characters, or leave it out",
                    ValidationException.Reason.ENCRYPTION_KEY_ERROR);
        }
        return lock.write(() -> {
            DomainId id = new DomainId(account.accountId(), domainName);
            if (domains.find(id).isPresent()) {
                throw new ConflictException("Domain " + domainName + " already exists in account " + account.accountId()
                        + ": choose another name or use the existing domain", domainName, ResourceType.DOMAIN);
            }
            if (domains.countOwnedBy(account.accountId()) >= quotas.domainsPerAccount()) {
                throw new ServiceQuotaExceededException("Account " + account.accountId() + " already has "
                        + quotas.domainsPerAccount() + " domains, the most allowed: delete an unused domain first",
                        domainName, ResourceType.DOMAIN);
            }
            String key = encryptionKey != null ? encryptionKey
                    : "arn:aws:kms:" + account.region() + ":" + account.accountId() + ":alias/packyard-local";
            Domain domain = new Domain(domainName, account.accountId(), clock.instant(), key, DomainStatus.Active);
            domains.insert(domain);
            return details(domain);
        });
    }

    public DomainDetails describe(String owner, String name) {
        return details(require(owner, name));
    }

    public Page<Domain> list(Integer maxResults, String nextToken) {
        int limit = Fields.maxResults(maxResults, 100);
        String scope = PageTokens.scope("domains");
        List<String> after = PageTokens.decode(scope, nextToken, 2);
        DomainStore.Key key = after == null ? null : new DomainStore.Key(after.get(0), after.get(1));
        return Paging.page(domains.list(key, limit + 1), limit,
                last -> PageTokens.encode(scope, last.name(), last.owner()));
    }

    /** Told of each deleted domain, so parts that keep things per domain in memory can let them go. */
    public void onDeleted(Consumer<DomainId> listener) {
        deletionListeners.add(listener);
    }

    public DomainDetails delete(String owner, String name) {
        DomainDetails deleted = lock.write(() -> {
            Domain domain = require(owner, name);
            int count = repositories.countInDomain(domain.id());
            if (count > 0) {
                throw new ConflictException("Domain " + domain.name() + " still has " + count + " repositor"
                        + (count == 1 ? "y" : "ies") + ": delete them first, then delete the domain",
                        domain.name(), ResourceType.DOMAIN);
            }
            DomainDetails before = details(domain);
            domains.delete(domain.id());
            return new DomainDetails(new Domain(domain.name(), domain.owner(), domain.createdTime(),
                    domain.encryptionKey(), DomainStatus.Deleted), before.arn(), 0, before.assetSizeBytes());
        });
        deletionListeners.forEach(l -> l.accept(deleted.domain().id()));
        return deleted;
    }

    /** The domain a request names, or ResourceNotFound that says which. */
    public Domain require(String owner, String name) {
        String domainName = Fields.domainName(name);
        DomainId id = new DomainId(account.ownerOrSelf(owner), domainName);
        return domains.find(id).orElseThrow(() -> new ResourceNotFoundException("Domain " + domainName
                + " does not exist in account " + id.owner() + ": check the name and domain-owner, or create it with create-domain",
                domainName, ResourceType.DOMAIN));
    }

    public String arn(DomainId id) {
        return account.domainArn(id);
    }

    private DomainDetails details(Domain domain) {
        return new DomainDetails(domain, account.domainArn(domain.id()), repositories.countInDomain(domain.id()),
                domains.assetSizeBytes(domain.id()));
    }
}
