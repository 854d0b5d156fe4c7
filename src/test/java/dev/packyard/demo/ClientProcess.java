package dev.packyard.demo;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a real package-manager client with a cleaned environment, bounded in time, output kept for messages. */
public final class ClientProcess {
    private ClientProcess() {
    }

    public record Result(int exitCode, String output) {
        /** The end of the output, enough to see why a client failed. */
        public String tail() {
            return output.length() <= 4000 ? output : output.substring(output.length() - 4000);
        }
    }

    public static Optional<Path> onPath(String executable) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir).resolve(executable);
            if (!dir.isBlank() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Runs {@code command} in {@code dir}. Environment variables starting with any of {@code dropPrefixes}
     * (case-insensitive) are removed first so the user's own client configuration cannot leak in, then
     * {@code set} is applied.
     */
    public static Result run(List<String> command, Path dir, List<String> dropPrefixes, Map<String, String> set,
                      Duration timeout) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "client-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> dropPrefixes.stream()
                .anyMatch(prefix -> name.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))));
        env.putAll(set);
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError(command.get(0) + " did not finish within " + timeout.toSeconds() + " s:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
