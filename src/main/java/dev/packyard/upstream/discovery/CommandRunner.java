package dev.packyard.upstream.discovery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Runs a package manager's own command to ask it for its configuration. */
@FunctionalInterface
public interface CommandRunner {
    /** The command's standard output if it ran and exited with 0 within the timeout; empty otherwise. */
    Optional<String> run(List<String> command, Duration timeout);

    /** For environments where no command may be run. */
    CommandRunner NONE = (command, timeout) -> Optional.empty();
}
