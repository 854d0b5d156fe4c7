package dev.packyard.application.publish;

import dev.packyard.model.HashAlgorithm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** One uploaded file, received into a spool file of its own and hashed on the way in; the pipeline moves it into the blob store. */
public record SpooledAsset(String name, Path file, long size, Map<HashAlgorithm, String> hashes) {
    public SpooledAsset {
        hashes = Map.copyOf(hashes);
    }

    public String sha256() {
        return hashes.get(HashAlgorithm.SHA256);
    }

    /** Deletes the spool file if it is still there (it is gone once the blob store adopted it). */
    public void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the upload spool file " + file, e);
        }
    }
}
