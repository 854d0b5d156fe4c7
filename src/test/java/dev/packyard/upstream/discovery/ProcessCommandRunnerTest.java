package dev.packyard.upstream.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real processes: output of a good command, nothing from a missing, failing or hanging one. */
class ProcessCommandRunnerTest {
    private final ProcessCommandRunner runner = new ProcessCommandRunner();

    @BeforeEach
    void unixShell() {
        assumeFalse(System.getProperty("os.name", "").toLowerCase().startsWith("windows"), "uses sh");
    }

    @Test
    void returnsTheOutputOfACommandThatSucceeds() {
        assertThat(runner.run(List.of("sh", "-c", "echo http://127.0.0.1:4873/"), Duration.ofSeconds(10)))
                .contains("http://127.0.0.1:4873/\n");
    }

    @Test
    void givesNothingForAMissingOrFailingCommand() {
        assertThat(runner.run(List.of("packyard-no-such-command"), Duration.ofSeconds(10))).isEmpty();
        assertThat(runner.run(List.of("sh", "-c", "echo partial; exit 3"), Duration.ofSeconds(10))).isEmpty();
    }

    @Test
    void givesUpOnACommandThatHangs() {
        long start = System.nanoTime();

        assertThat(runner.run(List.of("sleep", "30"), Duration.ofMillis(300))).isEmpty();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
