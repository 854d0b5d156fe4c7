package dev.packyard.store.settings;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** Where asset bytes are kept, addressed by SHA-256 in each case. */
public sealed interface BlobLocation {
    /** The data directory's {@code blobs} folder (the desktop default). */
    record InDataDirectory() implements BlobLocation {
    }

    /** A folder elsewhere, such as a shared file system mounted on every node. */
    record Directory(Path path) implements BlobLocation {
    }

    /**
     * A bucket of an S3-compatible store, keys under {@code prefix} (empty for the bucket's root). Credentials come
     * from the AWS SDK's default chain; the endpoint and region, when absent, from the SDK's defaults too.
     */
    record S3(String bucket, String prefix, Optional<URI> endpoint, Optional<String> region, boolean pathStyle)
            implements BlobLocation {
        public S3 {
            prefix = prefix == null ? "" : prefix.replaceAll("^/+|/+$", "");
        }
    }
}
