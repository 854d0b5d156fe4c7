package dev.packyard.app.console;

import dev.packyard.application.staleness.MetadataListings;
import dev.packyard.model.DomainId;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.ui.common.Feed;
import dev.packyard.ui.staleness.DomainListings;
import java.util.List;

/** The staleness table's port onto the application's metadata listings. */
public final class DomainMetadataListings implements DomainListings {
    private final MetadataListings listings;

    public DomainMetadataListings(MetadataListings listings) {
        this.listings = listings;
    }

    @Override
    public Feed.Subscription onChange(DomainId domain, Runnable changed) {
        MetadataListings.Unsubscribe subscription = listings.onChange(domain, changed);
        return subscription::unsubscribe;
    }

    @Override
    public List<Listing> listings(DomainId domain) {
        return listings.listings(domain).stream().map(DomainMetadataListings::listing).toList();
    }

    @Override
    public Listing refreshNow(DomainId domain, ExternalConnection connection, PackageCoordinate coordinate) throws Exception {
        return listing(listings.refreshNow(domain, connection, coordinate));
    }

    private static Listing listing(MetadataListings.ListingState s) {
        return new Listing(s.connection(), s.coordinate(), s.storeRepository(), s.fetchedAt(), s.expiresAt(),
                s.servingStaleSince(), s.problem(), s.upstreamVersions(), s.retainedVersions());
    }
}
