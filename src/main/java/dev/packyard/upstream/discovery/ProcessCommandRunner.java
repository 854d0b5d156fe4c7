package dev.packyard.upstream.discovery;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** Runs real commands found on the PATH; a command that is missing, fails or hangs yields nothing. */
public final class ProcessCommandRunner implements CommandRunner {
    private static final int MAX_OUTPUT = 256 * 1024;
    private final Optional<Map<String, String>> environment;

    /** Commands see this process's own environment. */
    public ProcessCommandRunner() {
        this.environment = Optional.empty();
    }

    /** Commands see exactly {@code environment}, e.g. another HOME, as {@link DiscoveryEnvironment#env()} describes it. */
    public ProcessCommandRunner(Map<String, String> environment) {
        this.environment = Optional.of(Map.copyOf(environment));
    }

    @Override
    public Optional<String> run(List<String> command, Duration timeout) {
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(platformCommand(command)).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            environment.ifPresent(vars -> {
                builder.environment().clear();
                builder.environment().putAll(vars);
            });
            process = builder.start();
        } catch (IOException e) {
            return Optional.empty();
        }
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String text = output.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return process.exitValue() == 0 ? Optional.of(text) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            return Optional.empty();
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readNBytes(MAX_OUTPUT), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    // npm and mvn are batch scripts on Windows, which only cmd can start.
    private static List<String> platformCommand(List<String> command) {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return Stream.concat(Stream.of("cmd", "/c"), command.stream()).toList();
        }
        return command;
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "NUL" : "/dev/null");
    }
}
