package dev.packyard.upstream;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Writes a download to a temporary file beside the target and moves it into place only on commit, so a
 * failed or mismatching download leaves no file behind.
 */
public final class FileAssetSink implements AssetSink {
    private final Path target;
    private final Path partial;
    private OutputStream out;

    public FileAssetSink(Path target) {
        this.target = Objects.requireNonNull(target, "target");
        this.partial = target.resolveSibling(target.getFileName() + ".part");
    }

    @Override
    public OutputStream open() throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        out = Files.newOutputStream(partial);
        return out;
    }

    @Override
    public void commit(FetchedAsset asset) throws IOException {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void discard(UpstreamException reason) {
        try {
            if (out != null) {
                out.close();
            }
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // Best effort: a leftover .part file is never mistaken for the target.
        }
    }
}
