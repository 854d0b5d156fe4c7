package dev.packyard.store.datadir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void aSecondHolderInTheSameProcessIsRefusedUntilTheFirstCloses() {
        DataDirectory first = DataDirectory.open(dir);
        assertThatThrownBy(() -> DataDirectory.open(dir))
                .isInstanceOf(DataDirectoryException.class)
                .hasMessageContaining("is in use by another Packyard process")
                .hasMessageContaining("pid " + ProcessHandle.current().pid())
                .hasMessageNotContaining("\n");
        first.close();
        DataDirectory.open(dir).close();
    }

    @Test
    void anotherProcessHoldingTheDirectoryIsNamedInTheError() throws Exception {
        Path holderSource = dir.resolve("Holder.java");
        Files.writeString(holderSource, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class Holder {
                    public static void main(String[] a) throws Exception {
                        FileChannel c = FileChannel.open(Path.of(a[0], "packyard.lock"),
                            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        c.lock();
                        c.write(java.nio.ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes()), 0);
                        System.out.println("locked");
                        System.out.flush();
                        Thread.sleep(60_000);
                    }
                }
                """);
        Path data = Files.createDirectories(dir.resolve("data"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(List.of(java, holderSource.toString(), data.toString())).redirectErrorStream(true).start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(6))).isEqualTo("locked");
            assertThatThrownBy(() -> DataDirectory.open(data))
                    .isInstanceOf(DataDirectoryException.class)
                    .hasMessageContaining("pid " + holder.pid());
        } finally {
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        DataDirectory.open(data).close();
    }

    @Test
    void anUnwritableLocationGivesOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThatThrownBy(() -> DataDirectory.open(file.resolve("sub")))
                .isInstanceOf(DataDirectoryException.class)
                .hasMessageContaining("Cannot create data directory")
                .hasMessageNotContaining("\n");
    }

    @Test
    void theDirectoryAndWhatPackyardCreatesInItAreOwnerOnly() throws IOException {
        Path data = dir.resolve("new").resolve("data");
        try (DataDirectory opened = DataDirectory.open(data)) {
            assertThat(permissions(data)).isEqualTo("rwx------");
            for (String sub : List.of("db", "blobs", "spool")) {
                assertThat(permissions(data.resolve(sub))).as(sub).isEqualTo("rwx------");
            }
            assertThat(permissions(data.resolve("packyard.lock"))).isEqualTo("rw-------");
        }
    }

    @Test
    void anExistingReadableDirectoryIsMadePrivateButOneOthersCanWriteIsRefused() throws IOException {
        Path readable = Files.createDirectories(dir.resolve("readable"));
        Files.setPosixFilePermissions(readable, PosixFilePermissions.fromString("rwxr-xr-x"));
        DataDirectory.open(readable).close();
        assertThat(permissions(readable)).isEqualTo("rwx------");

        for (String mode : List.of("rwxrwxrwx", "rwxrwx---", "rwx----wx")) {
            Path writable = Files.createDirectories(dir.resolve("writable-" + mode));
            Files.setPosixFilePermissions(writable, PosixFilePermissions.fromString(mode));
            assertThatThrownBy(() -> DataDirectory.open(writable)).as(mode)
                    .isInstanceOf(DataDirectoryException.class)
                    .hasMessageContaining("can be written by other users")
                    .hasMessageNotContaining("\n");
            assertThat(permissions(writable)).as("left as it was").isEqualTo(mode);
        }
    }

    private static String permissions(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
