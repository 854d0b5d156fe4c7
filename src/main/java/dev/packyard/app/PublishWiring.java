package dev.packyard.app;

import dev.packyard.application.publish.PublicRegistryCheck;
import dev.packyard.application.publish.PublishPipeline;
import dev.packyard.application.publish.UploadSpool;
import dev.packyard.service.packages.PublishExceptions;
import dev.packyard.service.persistence.ManifestStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Publishing: where uploads are spooled, the manifests package managers publish, the publishes let through in an
 * outage, and the one publish pipeline every format goes through.
 */
final class PublishWiring {
    final UploadSpool uploads;
    final ManifestStore manifests;
    final PublishExceptions publishExceptions;
    private final StorageWiring storage;
    private final CatalogWiring catalog;
    private final Clock clock;

    PublishWiring(StorageWiring storage, CatalogWiring catalog, Path uploadFolder, Clock clock) {
        this.storage = storage;
        this.catalog = catalog;
        this.clock = clock;
        this.uploads = UploadSpool.open(uploadFolder);
        this.manifests = storage.manifests;
        this.publishExceptions = new PublishExceptions(storage.publishExceptions, catalog.domains, clock);
    }

    /** The pipeline, asking the public registries through {@code registry} (the fetch side's metadata cache). */
    PublishPipeline pipeline(PublicRegistryCheck registry) {
        return new PublishPipeline(catalog.packageStore, storage.blobs, catalog.resolver, registry, catalog.distTags,
                publishExceptions, catalog.groupChecks, catalog.lock, clock);
    }
}
