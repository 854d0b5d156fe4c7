package dev.packyard.server;

import dev.packyard.application.publish.GenericPublisher;
import dev.packyard.application.publish.PublishPipeline;
import dev.packyard.application.publish.UploadSpool;
import dev.packyard.service.packages.VersionManifests;

/** What publishing through the HTTP server needs: the publishers, the upload spool and the stored manifests. */
public record Publishing(
        GenericPublisher publisher,
        PublishPipeline pipeline,
        UploadSpool uploads,
        VersionManifests manifests) {
}
