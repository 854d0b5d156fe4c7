package dev.packyard.store.blobs;

import dev.packyard.model.Asset;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.HashingOutputStream;
import dev.packyard.service.persistence.BlobStore.ContentMismatchException;
import dev.packyard.store.datadir.OwnerOnly;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;

/**
 * The first half of every blob store's put: the content streams into a new temp file only its owner may read,
 * counted and hashed on the way, and is refused when it does not hash to what its source promised. Where the
 * verified file goes next is the store's business.
 */
final class HashedTempFile {
    private static final int BUFFER = 64 * 1024;

    private HashedTempFile() {
    }

    /**
     * @param expectedSha256 the hash the source promised, or null when it promised none
     * @param durable        whether the file must be on disk before this returns (it is renamed into place next)
     */
    static Asset write(Path temp, String assetName, InputStream content, String expectedSha256, boolean durable)
            throws IOException {
        HashingOutputStream out;
        try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                OwnerOnly.fileAttributes(temp))) {
            out = new HashingOutputStream(Channels.newOutputStream(channel));
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = content.read(buffer)) != -1) {
                out.write(buffer, 0, n);
            }
            out.flush();
            if (durable) {
                channel.force(true);
            }
        }
        Asset asset = new Asset(assetName, out.size(), out.hashes());
        if (expectedSha256 != null && !expectedSha256.equalsIgnoreCase(asset.sha256())) {
            throw new ContentMismatchException("Content of " + assetName + " has SHA-256 " + asset.sha256() + " but "
                    + expectedSha256 + " was expected; nothing was stored");
        }
        return asset;
    }

    /**
     * Whether a file this process hashed while writing it (a verified download, a received upload) can be kept under
     * those hashes without reading it again: every algorithm is there and the file still has the size it was hashed at.
     */
    static boolean hashedWhole(Path file, long size, Map<HashAlgorithm, String> hashes) throws IOException {
        return hashes.get(HashAlgorithm.SHA256) != null && hashes.size() == HashAlgorithm.values().length
                && Files.size(file) == size;
    }
}
