package dev.packyard.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real AWS CLI ({@code aws --endpoint-url … codeartifact …}) against a running Packyard, with dummy
 * credentials in a home of its own so nothing of the machine's AWS set-up is used.
 */
public final class AwsCli {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String endpoint;
    private final Path home;
    private final List<Path> pathFirst;

    public AwsCli(String endpoint, Path home) throws IOException {
        this(endpoint, home, List.of());
    }

    private AwsCli(String endpoint, Path home, List<Path> pathFirst) throws IOException {
        this.endpoint = endpoint;
        this.home = Files.createDirectories(home);
        this.pathFirst = List.copyOf(pathFirst);
    }

    /** The same CLI with {@code dir} searched first for the tools it runs (a stand-in for a tool not installed here). */
    public AwsCli withToolsFrom(Path dir) throws IOException {
        List<Path> dirs = new ArrayList<>(pathFirst);
        dirs.add(dir);
        return new AwsCli(endpoint, home, dirs);
    }

    /** Whether {@code aws} is on the PATH (CI installs it; the tests fail with this reason when it is not). */
    public static boolean installed() {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator)).map(p -> Path.of(p, "aws"))
                .anyMatch(Files::isExecutable);
    }

    /** Runs {@code aws codeartifact <args>}, asserts it succeeded and returns its JSON output. */
    public JsonNode ok(String... args) throws Exception {
        Result r = run(args);
        assertThat(r.exitCode()).as("aws codeartifact %s failed: %s", String.join(" ", args), r.stderr()).isZero();
        return r.stdout().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.stdout());
    }

    public Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("aws", "--endpoint-url", endpoint, "--output", "json", "codeartifact"));
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.put("HOME", home.toString());
        env.put("AWS_ACCESS_KEY_ID", "AKIDPACKYARDCLI");
        env.put("AWS_SECRET_ACCESS_KEY", "dummy-secret");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_CONFIG_FILE", home.resolve("aws-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("aws-credentials").toString());
        env.put("AWS_MAX_ATTEMPTS", "1");
        env.put("AWS_PAGER", "");
        if (!pathFirst.isEmpty()) {
            List<String> path = new ArrayList<>(pathFirst.stream().map(Path::toString).toList());
            path.add(env.getOrDefault("PATH", ""));
            env.put("PATH", String.join(File.pathSeparator, path));
        }
        Path out = Files.createTempFile(home, "aws", ".out");
        Path err = Files.createTempFile(home, "aws", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("aws " + String.join(" ", args) + " did not finish within 90 s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    public record Result(int exitCode, String stdout, String stderr) {
    }
}
