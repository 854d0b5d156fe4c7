package dev.packyard.service.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.app.Backend;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestBackends;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpstreamResolverLimitTest {
    @TempDir
    Path dir;

    @Test
    void meetingAnAlreadySearchedRepositoryAtTheLimitIsNotATruncation() {
        try (Backend backend = TestBackends.open(dir, MutableClock.startingAt("2026-03-01T10:00:00Z"))) {
            backend.catalog().domains().create("acme", null);
            backend.catalog().repositories().create(null, "acme", "shared", null, List.of());
            List<String> chain = new ArrayList<>();
            String previous = "shared";
            // 23 repositories in a chain ending at 'shared', then 'top' lists the chain and 'shared' again: 25 searched.
            for (int i = 0; i < 23; i++) {
                String name = "r" + i;
                backend.catalog().repositories().create(null, "acme", name, null, List.of(previous));
                chain.add(name);
                previous = name;
            }
            backend.catalog().repositories().create(null, "acme", "top", null, List.of(previous, "shared"));
            ResolutionPlan plan = backend.catalog().resolver().plan(backend.catalog().repositories().require(null, "acme", "top"),
                    PackageCoordinate.of(PackageFormat.NPM, null, "left-pad"));
            assertThat(plan.steps()).hasSize(25);
            assertThat(plan.truncatedAtLimit()).isFalse();
        }
    }
}
