package dev.packyard.app;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The memory limit Packyard runs with. The installers pass {@link #OPTIONS} to their JVM (packaging/java-options), but
 * {@code java -jar} cannot carry JVM options, and without them the JVM may take a quarter of the machine's memory.
 * So a jar started without any heap option starts itself once more with them, passing its arguments, input, output
 * and exit code through (and SIGTERM on to the child). Any heap option given by the user
 * ({@code -Xmx}, {@code -XX:MaxRAMPercentage}, through {@code JAVA_TOOL_OPTIONS} too) is respected and nothing is
 * re-started; {@code -Dpackyard.relaunch=false} turns the re-start off.
 */
final class HeapLimit {
    /**
     * 320 MiB of heap: a 1,000-package npm install is served in well under 512 MiB of resident memory (docs/benchmarks.md),
     * and the full form of a 40 MB packument still fits.
     */
    static final List<String> OPTIONS = List.of("-XX:MaxHeapSize=320m");
    private static final List<String> HEAP_FLAGS = List.of("-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAM", "-XX:MaxRAMPercentage",
            "-XX:MaxRAMFraction");
    private static final long CHILD_STOP_SECONDS = 20;

    private HeapLimit() {
    }

    /** The command that re-starts this jar with the heap limit, when it was started as a jar without one. */
    static Optional<List<String>> relaunchCommand(List<String> jvmArguments, String classPath, Optional<String> java,
                                                  String relaunchProperty, String[] args) {
        boolean fromJar = classPath != null && classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator);
        boolean limited = jvmArguments.stream().anyMatch(a -> HEAP_FLAGS.stream().anyMatch(a::startsWith));
        if (!fromJar || limited || "false".equals(relaunchProperty) || java.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(OPTIONS);
        command.addAll(jvmArguments);
        command.add("-Dpackyard.relaunch=false");
        command.add("-cp");
        command.add(classPath);
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** Runs the child with this process's standard streams; a SIGTERM to this process stops the child cleanly first. */
    static int runChild(List<String> command) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (java.io.IOException e) {
            System.err.println("packyard: could not start with a heap limit (" + e.getMessage() + "); set -Xmx yourself");
            return 1;
        }
        Thread stopChild = new Thread(() -> {
            child.destroy();
            try {
                if (!child.waitFor(CHILD_STOP_SECONDS, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "packyard-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopChild);
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (IllegalStateException shuttingDown) {
            return 143;
        }
    }
}
