package dev.packyard.service.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.RepositoryId;
import dev.packyard.model.SharedJson;
import dev.packyard.service.account.LocalAccount;
import dev.packyard.service.persistence.EventStore;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Package version state changes as CodeArtifact reports them to EventBridge ("CodeArtifact Package Version State
 * Change", the detail fields of the user guide's event format), kept in the activity log and handed to the
 * subscribers of the domain.
 */
public final class PackageEvents {
    public static final String DETAIL_TYPE = "CodeArtifact Package Version State Change";
    private static final Logger LOG = LoggerFactory.getLogger(PackageEvents.class);

    /** One event of a domain, as JSON in EventBridge's envelope. */
    public record DomainEvent(DomainId domain, String json) {
    }

    private final EventStore store;
    private final LocalAccount account;
    private final Clock clock;
    private final List<Consumer<DomainEvent>> subscribers = new CopyOnWriteArrayList<>();

    public PackageEvents(EventStore store, LocalAccount account, Clock clock) {
        this.store = store;
        this.account = account;
        this.clock = clock;
    }

    /** Hears every event of every domain as it is logged; the returned handle stops it. */
    public AutoCloseable subscribe(Consumer<DomainEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    public List<String> recent(DomainId domain, int limit) {
        return store.recent(domain, limit);
    }

    void emit(RepositoryId repository, PackageCoordinate coordinate, String version, PackageVersionStatus status,
              String revision, VersionChange change) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String json = store.append(repository, coordinate, now, sequence -> envelope(repository, coordinate, version,
                status, revision, change, sequence, now));
        DomainEvent event = new DomainEvent(repository.domain(), json);
        for (Consumer<DomainEvent> s : subscribers) {
            try {
                s.accept(event);
            } catch (RuntimeException e) {
                // A subscriber that fails (a closed stream) must not undo or block the change that was made.
                LOG.debug("An event subscriber failed: {}", e.toString());
            }
        }
    }

    private String envelope(RepositoryId repository, PackageCoordinate c, String version, PackageVersionStatus status,
                            String revision, VersionChange change, long sequence, Instant time) {
        DomainId domain = repository.domain();
        ObjectNode n = SharedJson.MAPPER.createObjectNode();
        n.put("version", "0");
        n.put("id", UUID.randomUUID().toString());
        n.put("detail-type", DETAIL_TYPE);
        n.put("source", "aws.codeartifact");
        n.put("account", account.accountId());
        n.put("time", DateTimeFormatter.ISO_INSTANT.format(time));
        n.put("region", account.region());
        n.putArray("resources").add(account.packageArn(repository, c));
        ObjectNode d = n.putObject("detail");
        d.put("domainName", domain.name());
        d.put("domainOwner", domain.owner());
        d.put("repositoryName", repository.name());
        d.put("repositoryAdministrator", domain.owner());
        d.put("packageFormat", c.format().wireName());
        if (c.namespace() == null) {
            d.putNull("packageNamespace");
        } else {
            d.put("packageNamespace", c.namespace());
        }
        d.put("packageName", c.name());
        d.put("packageVersion", version);
        d.put("packageVersionState", status.name());
        d.put("packageVersionRevision", revision);
        ObjectNode ch = d.putObject("changes");
        ch.put("assetsAdded", change.assetsAdded());
        ch.put("assetsRemoved", change.assetsRemoved());
        ch.put("metadataUpdated", change.metadataUpdated());
        ch.put("assetsUpdated", change.assetsUpdated());
        ch.put("statusChanged", change.statusChanged());
        d.put("operationType", change.operationType());
        d.put("sequenceNumber", sequence);
        d.put("eventDeduplicationId", UUID.randomUUID().toString());
        return n.toString();
    }
}
