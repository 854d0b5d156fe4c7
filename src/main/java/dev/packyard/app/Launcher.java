package dev.packyard.app;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Entry point of {@code java -jar packyard.jar}. It does not extend JavaFX's Application, so the jar starts on a
 * plain class path, and it turns every usage error into one line on stderr with exit code 2.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        java.util.Optional<java.util.List<String>> limited = HeapLimit.relaunchCommand(
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty("java.class.path"),
                ProcessHandle.current().info().command(), System.getProperty("packyard.relaunch"), args);
        System.exit(limited.isPresent() ? HeapLimit.runChild(limited.get()) : run(args));
    }

    static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new PackyardCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, ignored) -> {
            ex.getCommandLine().getErr().println("packyard: " + ex.getMessage() + " (see --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserFacingException) {
                commandLine.getErr().println("packyard: " + ex.getMessage());
                return 1;
            }
            throw ex;
        });
        return cli.execute(args);
    }
}
