package dev.packyard.app;

import dev.packyard.demo.DemoRegistry;
import dev.packyard.store.datadir.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Leaves the demo registry's control secret where the user's own scripts (and nobody else) can read it:
 * {@code DATA_DIR/demo-control-secret}, owner-only, replaced on every run.
 */
final class DemoSecretFile {
    static final String NAME = "demo-control-secret";

    private DemoSecretFile() {
    }

    static void write(Path dataDirectory, DemoRegistry demo) {
        Path file = dataDirectory.resolve(NAME);
        try {
            Files.deleteIfExists(file);
            try (var channel = Files.newByteChannel(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    OwnerOnly.fileAttributes(file))) {
                channel.write(java.nio.ByteBuffer.wrap((demo.controlSecret() + "\n").getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo control secret to " + file + ": " + e.getMessage(), e);
        }
    }
}
