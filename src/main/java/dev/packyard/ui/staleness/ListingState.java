package dev.packyard.ui.staleness;

import java.time.Instant;

/** Where a cached listing stands against its lifetime, as the table colours it. */
public enum ListingState {
    /** Within its lifetime: requests are answered from it. */
    FRESH("fresh"),
    /** Past its lifetime: still answered from, until the next request or synchronisation refreshes it. */
    EXPIRED("expired"),
    /** A refresh failed: the old listing keeps being served until the registry answers again. */
    SERVED_STALE("served stale");

    private final String word;

    ListingState(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static ListingState of(DomainListings.Listing listing, Instant now) {
        if (listing.servingStaleSince().isPresent()) {
            return SERVED_STALE;
        }
        return now.isBefore(listing.expiresAt()) ? FRESH : EXPIRED;
    }
}
