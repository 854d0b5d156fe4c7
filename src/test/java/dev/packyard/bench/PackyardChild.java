package dev.packyard.bench;

import dev.packyard.testing.ServeOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java OPTIONS -jar packyard.jar serve} as its own process, with a GC log, so a benchmark can read what the
 * kernel and the collector say about its memory: resident size now and at its peak, heap in use before collections,
 * heap still live after them and heap reserved.
 */
final class PackyardChild implements AutoCloseable {
    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final Process process;
    private final String url;
    private final Path gcLog;

    private PackyardChild(Process process, String url, Path gcLog) {
        this.process = process;
        this.url = url;
        this.gcLog = gcLog;
    }

    static PackyardChild start(Path jar, List<String> jvmOptions, Path dataDir, String... serveOptions)
            throws IOException, InterruptedException {
        Files.createDirectories(dataDir.getParent());
        Path gcLog = dataDir.resolveSibling(dataDir.getFileName() + "-gc.log");
        Path err = dataDir.resolveSibling(dataDir.getFileName() + "-stderr.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.add("-Xlog:gc:file=" + gcLog);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--port", "0", "--data-dir", dataDir.toString()));
        command.addAll(List.of(serveOptions));
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        Optional<String> url = ServeOutput.awaitListening(p, "packyard-child-stdout");
        if (url.isPresent()) {
            return new PackyardChild(p, url.get(), gcLog);
        }
        p.waitFor(30, TimeUnit.SECONDS);
        throw new IllegalStateException("serve did not start: " + Files.readString(err));
    }

    String url() {
        return url;
    }

    /** Resident memory now (VmRSS), in MiB. */
    long rssMib() throws IOException {
        return status("VmRSS:");
    }

    /** The highest resident memory since the start (VmHWM), in MiB. */
    long rssPeakMib() throws IOException {
        return status("VmHWM:");
    }

    /** Asks the JVM for a full collection (jcmd GC.run), so the next {@link #heap()} ends with the live set. */
    void collect() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), "GC.run").redirectErrorStream(true).start();
        jcmd.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        jcmd.waitFor(60, TimeUnit.SECONDS);
    }

    /** What the GC log says so far. */
    Heap heap() throws IOException {
        long peakUsed = 0;
        long peakLive = 0;
        long peakReserved = 0;
        long lastLive = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_HEAP.matcher(line);
            if (m.find()) {
                peakUsed = Math.max(peakUsed, Long.parseLong(m.group(1)));
                lastLive = Long.parseLong(m.group(2));
                peakLive = Math.max(peakLive, lastLive);
                peakReserved = Math.max(peakReserved, Long.parseLong(m.group(3)));
            }
        }
        return new Heap(peakUsed, peakLive, lastLive, peakReserved);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private long status(String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]) / 1024;
            }
        }
        throw new IOException(key + " not in /proc/" + process.pid() + "/status");
    }

    /**
     * Heap figures in MiB from the GC log.
     *
     * @param peakUsed     the most in use when a collection started
     * @param peakLive     the most still in use after a collection
     * @param lastLive     in use after the latest collection
     * @param peakReserved the most the heap was sized to
     */
    record Heap(long peakUsed, long peakLive, long lastLive, long peakReserved) {
    }
}
