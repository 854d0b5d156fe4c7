package dev.packyard.server.packages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.app.Backend;
import dev.packyard.model.DomainId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What a test can see of a domain's stored files: the blobs, whether each is referenced, and the upload spool. */
final class PublishedContent {
    private final Backend backend;

    PublishedContent(Backend backend) {
        this.backend = backend;
    }

    List<String> blobs(DomainId domain) throws IOException {
        Path root = backend.dataDirectory().resolve("blobs").resolve(domain.owner()).resolve(domain.name()).resolve("sha256");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every blob of the domain is referenced by an asset record: nothing a failed or losing publish left behind. */
    void assertNoOrphanBlob(DomainId domain) throws IOException {
        for (String sha256 : blobs(domain)) {
            assertThat(backend.storage().packages().contentReferenced(domain, sha256)).as("blob %s is referenced", sha256).isTrue();
        }
    }

    /**
     * The upload spool's own files. Jetty keeps multipart parts in the same directory and deletes them itself once the
     * request has completed, which may be a moment after the client has its answer, so those are not counted.
     */
    List<Path> spoolFiles() throws IOException {
        try (Stream<Path> files = Files.list(backend.publishing().uploads().directory())) {
            return files.filter(p -> p.getFileName().toString().startsWith("upload-")).toList();
        }
    }
}
