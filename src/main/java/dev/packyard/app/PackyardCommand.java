package dev.packyard.app;

import dev.packyard.store.datadir.DataDirectoryException;
import dev.packyard.ui.Console;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "packyard", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = ServeCommand.class,
        description = {"Packyard: a desktop console and local artifact-repository service on AWS CodeArtifact's model.",
                "Without a command it opens the console; 'serve' runs the same service without a window."})
final class PackyardCommand implements Callable<Integer> {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where Packyard keeps its database and package files (default: the per-user data directory).")
    Path dataDir;

    @Option(names = "--demo", description = "Start the offline demo: a built-in public-registry stand-in with sample data.")
    boolean demo;

    @Override
    public Integer call() {
        Path dir = dataDir != null ? dataDir : DefaultDataDirectory.forThisMachine();
        Backend backend;
        try {
            backend = Backend.open(dir, "us-east-1", Clock.systemUTC());
        } catch (DataDirectoryException e) {
            throw new UserFacingException(e.getMessage());
        }
        try (backend) {
            Console.run(new ConsoleWiring(backend).context());
        }
        return 0;
    }
}
