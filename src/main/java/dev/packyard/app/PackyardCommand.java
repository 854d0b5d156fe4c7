package dev.packyard.app;

import dev.packyard.app.console.OpenRequests;
import dev.packyard.service.topology.TopologyCodec;
import dev.packyard.service.topology.TopologyFiles;
import dev.packyard.ui.Console;
import dev.packyard.upstream.timing.TimingProfile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "packyard", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {ServeCommand.class, ExportTopologyCommand.class, ImportTopologyCommand.class},
        description = {"Packyard: a desktop console and local artifact-repository service on AWS CodeArtifact's model.",
                "Without a command it opens the console; 'serve' runs the same service without a window.",
                "Given a topology file (as the file association passes it), the console opens and offers to import it."})
final class PackyardCommand implements Callable<Integer> {
    private static final String BIND = "127.0.0.1";
    /** How the data directory's lock reports another process (see store.datadir.DataDirectory). */
    private static final String IN_USE = "is in use by another Packyard process";
    private static final Duration REQUEST_POLL = Duration.ofMillis(500);

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where Packyard keeps its database and package files (default: the per-user data directory).")
    Path dataDir;

    @Option(names = "--demo", description = "Start the offline demo: a built-in public-registry stand-in with sample data.")
    boolean demo;

    @Option(names = "--time-scale", paramLabel = "X", converter = ServeOptions.TimeScaleConverter.class,
            description = "Speed every timing up by X (default: 1, or 60 once the offline demo runs, whether from --demo "
                    + "or from the welcome screen; 60 makes 3 minutes take 3 seconds).")
    Double timeScale;

    @Option(names = "--port", paramLabel = "N", converter = ServeOptions.PortConverter.class,
            description = "Port of the server the console runs for package managers (default: " + ServeCommand.DEFAULT_PORT
                    + ", or a free port if that one is taken).")
    Integer port;

    @Parameters(arity = "0..1", paramLabel = "FILE", converter = TopologyFileArgument.class,
            description = "A topology file (*" + TopologyCodec.EXTENSION + " or *" + TopologyCodec.JSON_EXTENSION
                    + ", a path or a file: URI) to offer to import once the console is open.")
    Path topologyFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = dataDir != null ? dataDir : DefaultDataDirectory.forThisMachine();
        PackyardRuntime started;
        try {
            started = startRuntime(dir);
        } catch (UserFacingException e) {
            // Opening a file while the console runs starts a second Packyard: the running console takes the file.
            if (topologyFile != null && e.getMessage().contains(IN_USE) && OpenRequests.handOver(dir, topologyFile)) {
                spec.commandLine().getOut().println("Packyard is already running on " + dir + "; it offers to import "
                        + topologyFile + " there");
                return 0;
            }
            throw e;
        }
        try (PackyardRuntime runtime = started;
             OpenRequests requests = OpenRequests.accept(runtime.backend().dataDirectory())) {
            Console.run(new ConsoleWiring(runtime, BIND).context(), Optional.ofNullable(topologyFile),
                    receiver -> requests.start(receiver, REQUEST_POLL));
        }
        return 0;
    }

    /**
     * Accepts only names of topology files, so a mistyped command ("packyard sevre") is a usage error rather than a
     * file the console cannot find.
     */
    static final class TopologyFileArgument implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path path;
            try {
                path = TopologyFiles.fromArgument(value);
            } catch (RuntimeException e) {
                throw new TypeConversionException("'" + value + "' is not a usable path: " + e.getMessage());
            }
            if (path.getFileName() == null || !TopologyCodec.isTopologyFileName(path.getFileName().toString())) {
                throw new TypeConversionException("'" + value + "' is neither a command (serve, export-topology, "
                        + "import-topology) nor a topology file (*" + TopologyCodec.EXTENSION + ", *"
                        + TopologyCodec.JSON_EXTENSION + ")");
            }
            return path;
        }
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
        return new PackyardRuntime.Options(dir, "us-east-1", TimingProfile.codeartifact(), timeScale, Map.of(), demo, BIND,
                listenPort, true);
    }
}
