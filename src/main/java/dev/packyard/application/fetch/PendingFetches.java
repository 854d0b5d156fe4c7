package dev.packyard.application.fetch;

import dev.packyard.model.Asset;
import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.service.persistence.BlobStore;
import dev.packyard.service.visibility.PendingPersistence;
import dev.packyard.service.visibility.VisibilityService;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Versions fetched from a public registry and waiting out the persistence latency: served from the blob store by
 * the fetch path, and listed by the console's package screen, both through this one query.
 */
public final class PendingFetches {
    private final VisibilityService visibility;
    private final BlobStore blobs;

    public PendingFetches(VisibilityService visibility, BlobStore blobs) {
        this.visibility = visibility;
        this.blobs = blobs;
    }

    /** The package's pending versions in the domain, in the order they were scheduled. */
    public List<PendingPersistence> of(DomainId domain, PackageCoordinate coordinate) {
        return visibility.pending().stream()
                .filter(p -> p.version().repository().domain().equals(domain) && p.coordinate().equals(coordinate))
                .toList();
    }

    /** The same, soonest visible first: how the console lists them. */
    public List<PendingPersistence> byVisibility(DomainId domain, PackageCoordinate coordinate) {
        return of(domain, coordinate).stream().sorted(Comparator.comparing(PendingPersistence::visibleAt)).toList();
    }

    /** A pending file whose content is in the blob store. */
    Optional<Asset> asset(DomainId domain, PackageCoordinate coordinate, String version, String assetName) {
        for (PendingPersistence p : of(domain, coordinate)) {
            if (p.versionName().equals(version)) {
                Optional<Asset> asset = p.version().assets().stream().filter(a -> a.name().equals(assetName)).findFirst();
                if (asset.isPresent() && blobs.exists(domain, asset.get().sha256())) {
                    return asset;
                }
            }
        }
        return Optional.empty();
    }
}
