package dev.packyard.service.packages;

import dev.packyard.model.Domain;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.domains.DomainService;
import dev.packyard.service.persistence.PublishExceptionStore;
import dev.packyard.service.validation.Fields;
import java.time.Clock;
import java.util.List;

/** Records and lists the publishes let through during an outage of a public registry. */
public final class PublishExceptions {
    private final PublishExceptionStore store;
    private final DomainService domains;
    private final Clock clock;

    public PublishExceptions(PublishExceptionStore store, DomainService domains, Clock clock) {
        this.store = store;
        this.domains = domains;
        this.clock = clock;
    }

    public PublishException record(RepositoryId repository, PackageCoordinate coordinate, String version,
                                   String connectionName, String reason) {
        PublishException e = new PublishException(repository, coordinate, version, connectionName, reason, clock.instant());
        store.insert(e);
        return e;
    }

    /** The domain's publish exceptions, newest first. */
    public List<PublishException> list(String owner, String domain, Integer maxResults) {
        Domain d = domains.require(owner, domain);
        return store.list(d.id(), Fields.maxResults(maxResults, 1000));
    }
}
