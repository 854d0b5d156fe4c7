package dev.packyard.server.packages;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class whose methods share one {@code serve --demo} child ({@link DemoServe}), started before the first and
 * stopped after the last; {@code work} is the class's scratch directory, the child's data under {@code work/data}.
 */
abstract class DemoServeTest {
    @TempDir
    static Path work;
    static DemoServe demo;

    @BeforeAll
    static void startDemoServe() throws Exception {
        demo = DemoServe.start(work.resolve("data"));
    }

    @AfterAll
    static void stopDemoServe() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }
}
