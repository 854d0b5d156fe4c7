package dev.packyard.testing;

import dev.packyard.app.Backend;
import dev.packyard.tasks.DelayScheduler;
import java.nio.file.Path;

/** Opens the real backend (H2 file database, blob store) in a test's temporary directory. */
public final class TestBackends {
    private TestBackends() {
    }

    public static Backend open(Path dir, MutableClock clock) {
        return Backend.open(dir.resolve("data"), "us-east-1", clock);
    }

    /** The backend with delayed tasks driven by the test (e.g. a {@link ManualScheduler} on the same clock). */
    public static Backend open(Path dir, MutableClock clock, DelayScheduler scheduler) {
        return Backend.open(dir.resolve("data"), "us-east-1", clock, scheduler);
    }
}
