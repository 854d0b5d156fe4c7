package dev.packyard.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The standard output of a {@code serve} child process, read as the tests and benchmarks that start one need it. */
public final class ServeOutput {
    private static final Pattern READY = Pattern.compile("Packyard listening on (http://127\\.0\\.0\\.1:\\d+)");

    private ServeOutput() {
    }

    /**
     * Reads up to the line {@code serve} prints when it is ready and returns the URL it names; the rest of the output
     * is drained on a daemon thread so the child never blocks on a full pipe. Empty if the output ended first (a
     * child that fails exits, which ends its output, so this never waits forever).
     */
    public static Optional<String> awaitListening(Process child, String drainThreadName) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = READY.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(Writer.nullWriter());
                    } catch (IOException ignored) {
                        // The child ended.
                    }
                }, drainThreadName);
                drain.setDaemon(true);
                drain.start();
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
