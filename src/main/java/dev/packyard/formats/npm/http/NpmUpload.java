package dev.packyard.formats.npm.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.application.publish.SpooledAsset;
import java.util.Optional;

/**
 * An npm PUT of a package document as it was read: the document without the attachments' base64 data, and the
 * first attachment's bytes spooled to a file ({@code npm publish}); no tarball for {@code npm deprecate}.
 */
record NpmUpload(ObjectNode document, Optional<Attachment> tarball) implements AutoCloseable {
    record Attachment(String name, SpooledAsset file) {
    }

    boolean isPublish() {
        return document.path("_attachments").isObject() && !document.path("_attachments").isEmpty();
    }

    /** Deletes the spooled tarball if nothing adopted it. */
    @Override
    public void close() {
        tarball.ifPresent(a -> a.file().discard());
    }
}
