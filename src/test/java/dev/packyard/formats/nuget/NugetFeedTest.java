package dev.packyard.formats.nuget;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A NuGet protocol test: each test method gets a fresh {@link NugetFeedFixture} on its own data directory. */
abstract class NugetFeedTest {
    @TempDir
    Path dir;
    NugetFeedFixture f;

    @BeforeEach
    void startFeed() {
        f = new NugetFeedFixture(dir);
    }

    @AfterEach
    void stopFeed() {
        f.close();
    }
}
