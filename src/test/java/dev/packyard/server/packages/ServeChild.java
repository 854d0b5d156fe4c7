package dev.packyard.server.packages;

import dev.packyard.app.Launcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real {@code serve} child process on this test's class path, on a free port, stopped with SIGTERM. */
final class ServeChild implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("Packyard listening on (http://127\\.0\\.0\\.1:\\d+)");

    private final Process process;
    private final String url;
    private final Path log;

    private ServeChild(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    static ServeChild start(Path dataDir, String... options) throws IOException, InterruptedException {
        return start(dataDir, List.of(), options);
    }

    /** {@code jvmOptions} go before the main class, e.g. a log level. */
    static ServeChild start(Path dataDir, List<String> jvmOptions, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(jvmOptions);
        command.addAll(List.of(Launcher.class.getName(), "serve", "--port", "0", "--data-dir", dataDir.toString()));
        command.addAll(List.of(options));
        Path err = Files.createTempFile(dataDir.getParent(), "serve", ".err");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        // readLine blocks until the line or the end of output; a child that fails exits and ends its output.
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = READY.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // The child ended.
                    }
                }, "serve-child-stdout");
                drain.setDaemon(true);
                drain.start();
                return new ServeChild(p, m.group(1), err);
            }
        }
        p.waitFor(30, TimeUnit.SECONDS);
        throw new AssertionError("serve did not start: " + Files.readString(err));
    }

    String url() {
        return url;
    }

    /** The child's process id, for reading its memory from /proc. */
    long pid() {
        return process.pid();
    }

    /** Where the child's log (its standard error) goes. */
    Path log() {
        return log;
    }

    /** Kills the child as a power cut or {@code kill -9} would: no shutdown hook, nothing flushed or cleaned up. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
