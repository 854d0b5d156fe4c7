package dev.packyard.server.packages;

import dev.packyard.app.Launcher;
import dev.packyard.testing.ServeOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A real {@code serve} child process on this test's class path, on a free port, stopped with SIGTERM. */
final class ServeChild implements AutoCloseable {
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
        Optional<String> url = ServeOutput.awaitListening(p, "serve-child-stdout");
        if (url.isPresent()) {
            return new ServeChild(p, url.get(), err);
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
