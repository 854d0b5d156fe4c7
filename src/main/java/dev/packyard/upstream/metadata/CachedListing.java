package dev.packyard.upstream.metadata;

import dev.packyard.model.metadata.Freshness;
import dev.packyard.model.metadata.ListingStaleness;
import dev.packyard.model.metadata.RevalidationResult;
import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.upstream.PackageListing;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A listing in a domain's metadata cache with everything that shows its staleness: when it was fetched, when it
 * expires, how the last revalidation went (and why, if it failed), since when a stale copy is served, and how many
 * versions the registry lists against how many are retained locally.
 */
public record CachedListing(DomainId domain, ExternalConnection connection, PackageListing listing, Instant fetchedAt,
                            Instant expiresAt, Instant lastRevalidatedAt, RevalidationResult lastResult, String lastResultDetail,
                            Instant servingStaleSince, int retainedVersions) {
    public CachedListing {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(lastResult, "lastResult");
    }

    public int upstreamVersions() {
        return listing.versions().size();
    }

    public Optional<Instant> staleSince() {
        return Optional.ofNullable(servingStaleSince);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(lastResultDetail);
    }

    public boolean expired(Instant now) {
        return staleness().expired(now);
    }

    public Freshness freshness(Instant now) {
        return staleness().freshness(now);
    }

    /** How old the listing is: what "fetched 2 h 10 min ago" is computed from. */
    public Duration age(Instant now) {
        return staleness().age(now);
    }

    /** What the console shows of this listing. */
    public ListingStaleness staleness() {
        return new ListingStaleness(fetchedAt, expiresAt, lastRevalidatedAt, lastResult, detail(), staleSince(),
                upstreamVersions(), retainedVersions);
    }

    CachedListing withListing(PackageListing newListing, Instant now, Instant newExpiry, RevalidationResult result) {
        return new CachedListing(domain, connection, newListing, now, newExpiry, now, result, null, null, retainedVersions);
    }

    CachedListing withDetail(String why) {
        return new CachedListing(domain, connection, listing, fetchedAt, expiresAt, lastRevalidatedAt, lastResult, why,
                servingStaleSince, retainedVersions);
    }

    /** A failed refresh: the listing is kept, served stale, and not tried again before {@code retryAt}. */
    CachedListing withFailure(Instant now, Instant retryAt, RevalidationResult result, String why, Instant staleSince) {
        return new CachedListing(domain, connection, listing, fetchedAt, retryAt, now, result, why, staleSince, retainedVersions);
    }

    CachedListing withListingDocument(dev.packyard.upstream.ListingDocument document) {
        return new CachedListing(domain, connection, new PackageListing(listing.coordinate(), listing.versions(), listing.tags(),
                java.util.Optional.of(document)), fetchedAt, expiresAt, lastRevalidatedAt, lastResult, lastResultDetail,
                servingStaleSince, retainedVersions);
    }

    CachedListing withExpiry(Instant now, Instant newExpiry, RevalidationResult result, String why) {
        return new CachedListing(domain, connection, listing, fetchedAt, newExpiry, now, result, why, null, retainedVersions);
    }
}
