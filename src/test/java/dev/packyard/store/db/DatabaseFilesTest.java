package dev.packyard.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H2 database holds the catalogue and token hashes: its folder and files are readable by their owner only. */
class DatabaseFilesTest {
    @TempDir
    Path dir;

    @Test
    void theDatabaseFolderAndFilesAreOwnerOnly() throws IOException {
        Path db = dir.resolve("db");
        try (Database ignored = Database.file(db)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rwx------");
            List<Path> files;
            try (Stream<Path> listed = Files.list(db)) {
                files = listed.filter(Files::isRegularFile).toList();
            }
            assertThat(files).as("H2 made its file").isNotEmpty();
            for (Path file : files) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                        .isEqualTo("rw-------");
            }
        }
    }
}
