package dev.packyard.application.fetch;

import dev.packyard.model.Asset;
import dev.packyard.model.DomainId;
import dev.packyard.service.persistence.BlobStore;
import dev.packyard.upstream.AssetSink;
import dev.packyard.upstream.FetchedAsset;
import dev.packyard.upstream.UpstreamException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Spools a download to a file of its own and, once the registry client has verified it, hands it to the domain's
 * blob store, which hashes it again and moves it into place atomically. A discarded download leaves nothing.
 */
final class BlobSpoolSink implements AssetSink {
    private final Path spoolDirectory;
    private final BlobStore blobs;
    private final DomainId domain;
    private final String assetName;
    private Path spool;
    private OutputStream out;
    private Asset stored;

    BlobSpoolSink(Path spoolDirectory, BlobStore blobs, DomainId domain, String assetName) {
        this.spoolDirectory = spoolDirectory;
        this.blobs = blobs;
        this.domain = domain;
        this.assetName = assetName;
    }

    @Override
    public OutputStream open() throws IOException {
        spool = Files.createTempFile(spoolDirectory, "fetch-", ".part");
        out = Files.newOutputStream(spool);
        return out;
    }

    @Override
    public void commit(FetchedAsset asset) throws IOException {
        out.close();
        try {
            stored = blobs.adopt(domain, assetName, spool, asset.size(), asset.hashes());
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    @Override
    public void discard(UpstreamException reason) {
        try {
            if (out != null) {
                out.close();
            }
            if (spool != null) {
                Files.deleteIfExists(spool);
            }
        } catch (IOException ignored) {
            // The spool directory is emptied at every start.
        }
    }

    /** The spool file, once {@link #open()} made it. */
    Path file() {
        return spool;
    }

    Asset stored() {
        if (stored == null) {
            throw new IllegalStateException("the download was not committed");
        }
        return stored;
    }
}
