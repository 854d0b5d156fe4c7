package dev.packyard.server.packages;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the tests of the package endpoints: a fresh {@link PackageServerFixture} in a temporary directory per test. */
abstract class PackageServerTest {
    @TempDir
    Path dir;
    PackageServerFixture f;

    @BeforeEach
    void startPackageServer() {
        f = new PackageServerFixture(dir);
    }

    @AfterEach
    void stopPackageServer() {
        f.close();
    }
}
