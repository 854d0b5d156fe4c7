package dev.packyard.service.persistence;

import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Persistence of the per-domain cache of upstream package listings, with the timestamps that show how stale each
 * one is. The listing itself is an opaque JSON document owned by the upstream layer; the registry's document it was
 * read from is kept beside it as named pieces, so that a refresh writes only the pieces that changed and a request
 * reads only the pieces it needs.
 */
public interface MetadataCacheStore {
    Optional<Entry> find(DomainId domain, String connectionName, PackageCoordinate coordinate);

    /** Inserts the entry or replaces the one with the same domain, connection and coordinate. */
    default void save(Entry entry) {
        save(entry, Map.of(), Set.of());
    }

    /**
     * Inserts or replaces the entry and, in the same transaction, writes the document pieces given and deletes the
     * pieces named (the other pieces stay as they are).
     */
    void save(Entry entry, Map<String, Piece> changedPieces, Set<String> removedPieces);

    /** Updates everything but the listing and its document; false when there is no such entry. */
    boolean updateState(Key key, State state);

    /** The names of the entry's document pieces with the SHA-256 (hex) of each, to tell which ones a refresh changed. */
    Map<String, String> pieceHashes(Key key);

    /** One piece of the entry's document, as it was given to {@link #save(Entry, Map, Set)}. */
    Optional<byte[]> piece(Key key, String name);

    /** Updates only the count of versions the caller retains locally; false when there is no such entry. */
    boolean updateRetainedCount(DomainId domain, String connectionName, PackageCoordinate coordinate, int retainedVersions);

    void delete(DomainId domain, String connectionName, PackageCoordinate coordinate);

    /** The domain's entries ordered by connection, format, namespace and name. */
    List<Entry> listInDomain(DomainId domain);

    /**
     * The keys of entries of every domain, in the formats given, that expire at or before the instant, soonest first
     * (for background synchronisation; only keys, so a round does not read every due listing at once).
     */
    List<Key> listDueBy(Instant instant, Set<PackageFormat> formats, int limit);

    /** Which cached listing. */
    record Key(DomainId domain, String connectionName, PackageCoordinate coordinate) {
        public Key {
            Objects.requireNonNull(domain, "domain");
            Objects.requireNonNull(connectionName, "connectionName");
            Objects.requireNonNull(coordinate, "coordinate");
        }
    }

    /** A piece of a listing's document: its bytes and their SHA-256 (hex), computed by the caller. */
    record Piece(String sha256, byte[] bytes) {
        public Piece {
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /** The columns of an entry that change at every revalidation, whether or not the listing changed. */
    record State(Instant fetchedAt, Instant expiresAt, Instant lastRevalidatedAt, String lastResult, String lastResultDetail,
                 Instant servingStaleSince, int upstreamVersions) {
        public State {
            Objects.requireNonNull(fetchedAt, "fetchedAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(lastResult, "lastResult");
        }
    }

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

        public Key key() {
            return new Key(domain, connectionName, coordinate);
        }
    }
}
