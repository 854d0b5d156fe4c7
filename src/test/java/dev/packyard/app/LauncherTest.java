package dev.packyard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.store.datadir.DataDirectory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Launcher.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpExplainsTheOptions() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--data-dir").contains("--demo").contains("Packyard");
    }

    @Test
    void aBadOptionIsOneLineAndExitCodeTwo() {
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("Unknown option").contains("--no-such-option");
    }

    @Test
    void aDataDirectoryInUseIsOneLineAndNonZero(@TempDir Path dir) {
        try (DataDirectory held = DataDirectory.open(dir)) {
            assertThat(run("--data-dir", dir.toString())).isEqualTo(1);
        }
        assertThat(err.toString().strip()).doesNotContain("\n").contains("is in use by another Packyard process");
    }

    @Test
    void theDefaultDataDirectoryFollowsThePlatform() {
        assertThat(DefaultDataDirectory.resolve(Map.of(), "Linux", "/home/u")).isEqualTo(Path.of("/home/u/.local/share/packyard"));
        assertThat(DefaultDataDirectory.resolve(Map.of("XDG_DATA_HOME", "/x"), "Linux", "/home/u")).isEqualTo(Path.of("/x/packyard"));
        assertThat(DefaultDataDirectory.resolve(Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Packyard"));
        assertThat(DefaultDataDirectory.resolve(Map.of("LOCALAPPDATA", "C:/Users/u/AppData/Local"), "Windows 11", "C:/Users/u"))
                .isEqualTo(Path.of("C:/Users/u/AppData/Local/Packyard"));
    }
}
