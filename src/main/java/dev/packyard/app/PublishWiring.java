package dev.packyard.app;

import dev.packyard.service.packages.GenericPublisher;
import dev.packyard.service.packages.PublishExceptions;
import dev.packyard.service.persistence.ManifestStore;
import java.time.Clock;

/** Publishing: the generic publisher, the manifests package managers publish, and the publishes let through in an outage. */
final class PublishWiring {
    final GenericPublisher publisher;
    final ManifestStore manifests;
    final PublishExceptions publishExceptions;

    PublishWiring(StorageWiring storage, CatalogWiring catalog, Clock clock) {
        this.publisher = new GenericPublisher(catalog.repositories, catalog.packages, storage.packages, storage.blobs,
                catalog.cleaner, catalog.resolver, catalog.lock, clock);
        this.manifests = storage.manifests;
        this.publishExceptions = new PublishExceptions(storage.publishExceptions, catalog.domains, clock);
    }
}
