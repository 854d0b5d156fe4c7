package dev.packyard.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenRequestsTest {
    @TempDir
    Path data;

    @Test
    void aFileHandedOverReachesTheRunningConsoleOnce() {
        List<Path> offered = new ArrayList<>();
        try (OpenRequests requests = OpenRequests.accept(data)) {
            requests.start(offered::add, java.time.Duration.ofHours(1));
            requests.poll();
            assertThat(OpenRequests.handOver(data, Path.of("team.packyard"))).isTrue();

            assertThat(requests.poll()).containsExactly(Path.of("team.packyard").toAbsolutePath());
            assertThat(requests.poll()).isEmpty();
        }
        assertThat(offered).containsExactly(Path.of("team.packyard").toAbsolutePath());
    }

    @Test
    void withoutALiveConsoleNothingIsHandedOver() throws IOException, InterruptedException {
        assertThat(OpenRequests.handOver(data, Path.of("a.packyard"))).as("no console ever ran").isFalse();

        OpenRequests.accept(data).close();
        assertThat(OpenRequests.handOver(data, Path.of("a.packyard"))).as("the console closed").isFalse();

        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Files.writeString(data.resolve(OpenRequests.FOLDER).resolve(OpenRequests.OWNER), Long.toString(ended.pid()));
        assertThat(OpenRequests.handOver(data, Path.of("a.packyard"))).as("the console died").isFalse();
    }
}
