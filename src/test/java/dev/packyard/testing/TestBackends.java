package dev.packyard.testing;

import dev.packyard.app.Backend;
import dev.packyard.tasks.DelayScheduler;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the real backend in a test's temporary directory: an H2 file database and a blob folder, or PostgreSQL and an
 * S3 bucket when the run asks for them ({@link TestStorage}).
 */
public final class TestBackends {
    private TestBackends() {
    }

    public static Backend open(Path dir, MutableClock clock) {
        return open(dir, clock, null);
    }

    /** The backend with delayed tasks driven by the test (e.g. a {@link ManualScheduler} on the same clock). */
    public static Backend open(Path dir, MutableClock clock, DelayScheduler scheduler) {
        Path data = dir.resolve("data");
        return Backend.open(new Backend.Options(data, "us-east-1", clock, Optional.ofNullable(scheduler),
                () -> Backend.DEFAULT_PERSISTENCE_LATENCY, TestStorage.forDirectory(data)));
    }
}
