package dev.packyard.app;

import dev.packyard.ui.Console;
import dev.packyard.upstream.timing.TimingProfile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "packyard", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = ServeCommand.class,
        description = {"Packyard: a desktop console and local artifact-repository service on AWS CodeArtifact's model.",
                "Without a command it opens the console; 'serve' runs the same service without a window."})
final class PackyardCommand implements Callable<Integer> {
    private static final String BIND = "127.0.0.1";

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where Packyard keeps its database and package files (default: the per-user data directory).")
    Path dataDir;

    @Option(names = "--demo", description = "Start the offline demo: a built-in public-registry stand-in with sample data.")
    boolean demo;

    @Option(names = "--port", paramLabel = "N", converter = ServeOptions.PortConverter.class,
            description = "Port of the server the console runs for package managers (default: " + ServeCommand.DEFAULT_PORT
                    + ", or a free port if that one is taken).")
    Integer port;

    @Override
    public Integer call() {
        Path dir = dataDir != null ? dataDir : DefaultDataDirectory.forThisMachine();
        try (PackyardRuntime runtime = startRuntime(dir)) {
            Console.run(new ConsoleWiring(runtime, BIND).context());
        }
        return 0;
    }

    private PackyardRuntime startRuntime(Path dir) {
        int wanted = port != null ? port : ServeCommand.DEFAULT_PORT;
        try {
            return PackyardRuntime.start(options(dir, wanted), Clock.systemUTC());
        } catch (UserFacingException e) {
            if (port != null || !e.getMessage().startsWith("Cannot listen")) {
                throw e;
            }
            // The default port is taken (another Packyard, another tool): the console still opens, on a free port.
            return PackyardRuntime.start(options(dir, 0), Clock.systemUTC());
        }
    }

    private PackyardRuntime.Options options(Path dir, int listenPort) {
        return new PackyardRuntime.Options(dir, "us-east-1", TimingProfile.codeartifact(), null, Map.of(), demo, BIND, listenPort, true);
    }
}
