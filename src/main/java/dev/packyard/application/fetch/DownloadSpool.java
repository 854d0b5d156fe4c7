package dev.packyard.application.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder downloads are written to before the blob store adopts them; what a crash left there is never complete. */
public final class DownloadSpool {
    private final Path directory;

    private DownloadSpool(Path directory) {
        this.directory = directory;
    }

    /** The spool at this folder, created if missing and emptied of what an earlier run left. */
    public static DownloadSpool emptied(Path directory) {
        try {
            Files.createDirectories(directory);
            try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory)) {
                for (Path p : leftovers) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the download spool " + directory, e);
        }
        return new DownloadSpool(directory);
    }

    Path directory() {
        return directory;
    }
}
