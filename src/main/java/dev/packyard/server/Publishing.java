package dev.packyard.server;

import dev.packyard.application.publish.GenericPublisher;
import dev.packyard.application.publish.PublishPipeline;
import dev.packyard.application.publish.UploadSpool;

/** What publishing through the HTTP server needs: the publishers and the upload spool. */
public record Publishing(
        GenericPublisher publisher,
        PublishPipeline pipeline,
        UploadSpool uploads) {
}
