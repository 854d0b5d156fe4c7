package dev.packyard.ui.staleness;

import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.ui.common.Feed;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A domain's metadata cache as the staleness table reads it: every package listing cached from a public registry,
 * and "refresh now". Calls may block on the database or the network: make them off the UI thread.
 */
public interface DomainListings {
    /**
     * One cached listing.
     *
     * @param storeRepository   the domain's repository that holds the connection (where fetched versions are retained);
     *                          empty when no repository holds it any more
     * @param servingStaleSince set while a refresh failed and the old listing keeps being served
     * @param problem           why the last refresh failed, when it did
     * @param retainedVersions  versions of the package kept in the domain's repositories that hold the connection
     */
    record Listing(ExternalConnection connection, PackageCoordinate coordinate, Optional<String> storeRepository,
                   Instant fetchedAt, Instant expiresAt, Optional<Instant> servingStaleSince, Optional<String> problem,
                   int upstreamVersions, int retainedVersions) {
        public Listing {
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(coordinate, "coordinate");
            Objects.requireNonNull(fetchedAt, "fetchedAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    /** Every cached listing of the domain, in no particular order. */
    List<Listing> listings(DomainId domain);

    /** Asks the registry now, whatever the cache policy; a registry failure is reported in the returned listing. */
    Listing refreshNow(DomainId domain, ExternalConnection connection, PackageCoordinate coordinate) throws Exception;

    /**
     * Tells {@code changed}, on any thread, whenever a listing of the domain is fetched, refreshed or fails to
     * refresh (a package manager's request, the background synchronisation, "Refresh now").
     */
    Feed.Subscription onChange(DomainId domain, Runnable changed);

    /** A console without a fetch engine has no metadata cache. */
    static DomainListings none() {
        return new DomainListings() {
            @Override
            public List<Listing> listings(DomainId domain) {
                return List.of();
            }

            @Override
            public Listing refreshNow(DomainId domain, ExternalConnection connection, PackageCoordinate coordinate) {
                throw new IllegalStateException("this console has no fetch engine");
            }

            @Override
            public Feed.Subscription onChange(DomainId domain, Runnable changed) {
                return () -> { };
            }
        };
    }
}
