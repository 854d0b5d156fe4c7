package dev.packyard.app;

import dev.packyard.application.publish.GenericPublisher;
import dev.packyard.application.publish.PublicRegistryCheck;
import dev.packyard.server.Publishing;
import dev.packyard.application.publish.PublishPipeline;
import dev.packyard.application.publish.UploadSpool;
import dev.packyard.service.packages.PublishExceptions;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Publishing: where uploads are spooled, the publishes let through in an
 * outage, and the one publish pipeline every format goes through.
 */
public final class PublishWiring {
    final UploadSpool uploads;
    final PublishExceptions publishExceptions;
    private final StorageWiring storage;
    private final CatalogWiring catalog;
    private final Clock clock;

    PublishWiring(StorageWiring storage, CatalogWiring catalog, Path uploadFolder, Clock clock) {
        this.storage = storage;
        this.catalog = catalog;
        this.clock = clock;
        this.uploads = UploadSpool.open(uploadFolder);
        this.publishExceptions = new PublishExceptions(storage.publishExceptions, catalog.domains, clock);
    }

    /** Where uploads are received before they are published. */
    public UploadSpool uploads() {
        return uploads;
    }

    /** The publishes let through while a public registry could not be asked. */
    public PublishExceptions publishExceptions() {
        return publishExceptions;
    }

    /**
     * What the server publishes with: the pipeline asking {@code registry}, the generic publisher on it and the spool.
     */
    Publishing forServer(PublicRegistryCheck registry) {
        PublishPipeline pipeline = pipeline(registry);
        return new Publishing(new GenericPublisher(catalog.repositories, pipeline, uploads), pipeline, uploads);
    }

    /** The pipeline, asking the public registries through {@code registry} (the fetch side's metadata cache). */
    public PublishPipeline pipeline(PublicRegistryCheck registry) {
        return new PublishPipeline(catalog.packageStore, storage.blobs, catalog.resolver, registry, catalog.distTags,
                publishExceptions, catalog.groupChecks, catalog.lock, clock);
    }
}
