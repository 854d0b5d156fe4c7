package dev.packyard.service.persistence;

import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Persistence of the per-domain cache of upstream package listings, with the timestamps that show how stale each
 * one is. The listing itself is an opaque JSON document owned by the upstream layer.
 */
public interface MetadataCacheStore {
    Optional<Entry> find(DomainId domain, String connectionName, PackageCoordinate coordinate);

    /** Inserts the entry or replaces the one with the same domain, connection and coordinate. */
    void save(Entry entry);

    /** Updates only the count of versions the caller retains locally; false when there is no such entry. */
    boolean updateRetainedCount(DomainId domain, String connectionName, PackageCoordinate coordinate, int retainedVersions);

    void delete(DomainId domain, String connectionName, PackageCoordinate coordinate);

    /** The domain's entries ordered by connection, format, namespace and name. */
    List<Entry> listInDomain(DomainId domain);

    /** Entries of every domain that expire at or before the instant, soonest first (for background synchronisation). */
    List<Entry> listExpiringBy(Instant instant, int limit);

    /**
     * One cached listing.
     *
     * @param lastResult        what the last fetch or revalidation gave (a name the upstream layer defines)
     * @param lastResultDetail  the reason of a failed revalidation, shown to the user; may be null
     * @param servingStaleSince when a failed refresh started the serving of an out-of-date listing; null when fresh
     */
    record Entry(DomainId domain, String connectionName, PackageCoordinate coordinate, String listingJson, Instant fetchedAt,
                 Instant expiresAt, Instant lastRevalidatedAt, String lastResult, String lastResultDetail,
                 Instant servingStaleSince, int upstreamVersions, int retainedVersions) {
        public Entry {
            Objects.requireNonNull(domain, "domain");
            Objects.requireNonNull(connectionName, "connectionName");
            Objects.requireNonNull(coordinate, "coordinate");
            Objects.requireNonNull(listingJson, "listingJson");
            Objects.requireNonNull(fetchedAt, "fetchedAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(lastResult, "lastResult");
        }
    }
}
