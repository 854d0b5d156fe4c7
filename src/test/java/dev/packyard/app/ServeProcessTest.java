package dev.packyard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.DomainId;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.SigV4Header;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} as a real child process: the ready line, answering, SIGTERM, a busy data directory, bad options. */
class ServeProcessTest {
    private static final Pattern READY = Pattern.compile("Packyard listening on http://127\\.0\\.0\\.1:(\\d+)");
    private static final String EOF = "<end of output>";

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();
    private final Map<Process, Path> errors = new HashMap<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void servePrintsOneReadyLineAnswersAndStopsCleanlyOnSigterm() throws Exception {
        Path data = dir.resolve("data");
        Process serve = start("serve", "--port", "0", "--data-dir", data.toString());
        BlockingQueue<String> lines = linesOf(serve);
        String ready = lines.poll(60, TimeUnit.SECONDS);
        assertThat(ready).as("the ready line").isNotNull();
        Matcher m = READY.matcher(ready);
        assertThat(m.matches()).as(ready).isTrue();
        int port = Integer.parseInt(m.group(1));
        assertThat(port).isPositive();

        OkHttpClient http = SigV4Header.signing(new OkHttpClient());
        try (Response created = http.newCall(new Request.Builder()
                .url("http://127.0.0.1:" + port + "/v1/domain?domain=kept")
                .post(RequestBody.create(new byte[0], null)).build()).execute()) {
            assertThat(created.code()).isEqualTo(200);
            assertThat(created.header("x-amzn-RequestId")).isNotBlank();
        }

        Process second = start("serve", "--port", "0", "--data-dir", data.toString());
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isNotZero();
        List<String> error = Files.readAllLines(errorFile(second));
        assertThat(error).singleElement().asString().startsWith("packyard: Data directory").contains("is in use by another "
                + "Packyard process").contains("pid " + serve.pid());

        serve.destroy();
        assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
        assertThat(serve.exitValue()).isIn(0, 143);
        assertThat(lines.poll(5, TimeUnit.SECONDS)).as("nothing after the ready line but the end of output").isEqualTo(EOF);
        assertThat(Files.readString(errorFile(serve))).as("stderr of serve").isEmpty();

        try (Backend reopened = Backend.open(data, "us-east-1", MutableClock.startingAt("2026-03-01T00:00:00Z"))) {
            String owner = reopened.account().accountId();
            assertThat(reopened.catalog().domains().describe(owner, "kept").domain().id()).isEqualTo(new DomainId(owner, "kept"));
        }
    }

    @Test
    void badOptionsExitWithCodeTwoAndOneLine() throws Exception {
        assertUsageError(List.of("serve", "--port", "http"), "--port");
        assertUsageError(List.of("serve", "--upstream", "public:npm=http://127.0.0.1:9/"), "public:npmjs");
        assertUsageError(List.of("serve", "--upstream", "public:pypi=ftp://127.0.0.1/"), "http");
        assertUsageError(List.of("serve", "--time-scale", "0"), "greater than 0");
        assertUsageError(List.of("serve", "--timing", "slow"), "codeartifact or immediate");
        assertUsageError(List.of("serve", "--no-such-option"), "--no-such-option");
        assertUsageError(List.of("serve", "--max-upload-size", "lots"), "not a size");
        assertUsageError(List.of("serve", "--upstream", "public:pypi=http://127.0.0.1:9/", "--upstream",
                "public:pypi=http://127.0.0.1:10/"), "more than once");
    }

    @Test
    void aPortInUseIsOneLineAndExitCodeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Process p = start("serve", "--port", Integer.toString(taken.getLocalPort()), "--data-dir",
                    dir.resolve("data").toString());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(1);
            assertThat(Files.readAllLines(errorFile(p))).singleElement().asString()
                    .startsWith("packyard: Cannot listen on 127.0.0.1:" + taken.getLocalPort()).contains("--port");
        }
    }

    @Test
    void helpExplainsEveryOption() throws Exception {
        Process help = start("serve", "--help");
        assertThat(help.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(help.exitValue()).isZero();
        String text = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("--port", "--bind", "--data-dir", "--upstream", "--timing", "--time-scale", "--demo",
                "--region", "127.0.0.1", "SIGTERM", "--max-upload-size", "512M", "--allow-host");
    }

    @Test
    void helpExplainsTheTeamStorageOptions() throws Exception {
        Process help = start("serve", "--help");
        assertThat(help.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("--database", "PostgreSQL", "--database-user", "--database-password-file",
                "PACKYARD_DATABASE_PASSWORD", "--blobs", "s3://BUCKET", "--s3-endpoint", "--s3-region", "--s3-path-style");
    }

    @Test
    void aPostgreSqlServerThatIsNotThereIsOneLineAndExitCodeOne() throws Exception {
        Process p = start("serve", "--port", "0", "--data-dir", dir.resolve("data").toString(),
                "--database", "jdbc:postgresql://127.0.0.1:9/packyard", "--database-user", "packyard");
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(Files.readAllLines(errorFile(p))).singleElement().asString()
                .startsWith("packyard: ").contains("jdbc:postgresql://127.0.0.1:9/packyard").contains("Connection refused");
    }

    @Test
    void aDataDirectoryOtherUsersCanWriteIsRefusedInOneLine() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        Process p = start("serve", "--port", "0", "--data-dir", shared.toString());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(Files.readAllLines(errorFile(p))).singleElement().asString()
                .startsWith("packyard: Data directory " + shared).contains("can be written by other users").contains("chmod 700");
        try (var left = Files.list(shared)) {
            assertThat(left).as("nothing was created in it").isEmpty();
        }
    }

    private void assertUsageError(List<String> args, String mentioned) throws Exception {
        Process p = start(args.toArray(String[]::new));
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> error = Files.readAllLines(errorFile(p));
        assertThat(p.exitValue()).as("exit code of %s (%s)", args, error).isEqualTo(2);
        assertThat(error).as("stderr of %s", args).singleElement().asString().startsWith("packyard: ").contains(mentioned);
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "serve", ".err");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        errors.put(p, err);
        started.add(p);
        return p;
    }

    private Path errorFile(Process p) {
        return errors.get(p);
    }

    /** Stdout lines as they come, then {@link #EOF}; read on a daemon thread so the test can time out. */
    private static BlockingQueue<String> linesOf(Process p) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // The process ended.
            }
            lines.add(EOF);
        }, "serve-stdout");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
