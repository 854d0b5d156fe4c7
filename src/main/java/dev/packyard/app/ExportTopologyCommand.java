package dev.packyard.app;

import dev.packyard.service.topology.Topology;
import dev.packyard.service.topology.TopologyCodec;
import dev.packyard.service.topology.TopologyFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export-topology", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes a domain's repositories, upstreams and external connections as a topology file.",
                "The file is JSON (name it *" + TopologyCodec.EXTENSION + " or *" + TopologyCodec.JSON_EXTENSION + ") "
                        + "with each repository's description, upstream repositories in search order and external "
                        + "connection; packages are not included. Without -o the file is printed."})
final class ExportTopologyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    PackyardCommand parent;

    @Option(names = "--domain", paramLabel = "D", required = true, description = "The domain to export.")
    String domain;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where Packyard keeps its database and package files (default: the per-user data directory).")
    Path dataDir;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the topology to FILE (replaced if it exists), for example acme" + TopologyCodec.EXTENSION + ".")
    Path output;

    @Override
    public Integer call() {
        Topology topology = TopologyCommands.withTopology(TopologyCommands.dataDirectory(dataDir, parent), t -> t.export(domain));
        if (output == null) {
            spec.commandLine().getOut().print(TopologyCodec.write(topology));
            spec.commandLine().getOut().flush();
            return 0;
        }
        try {
            TopologyFiles.write(output, topology);
        } catch (IOException e) {
            throw new UserFacingException("Cannot write " + output + ": " + e.getMessage() + " (choose another -o path)");
        }
        int n = topology.repositories().size();
        spec.commandLine().getOut().println("Exported domain " + topology.domain() + " (" + n + (n == 1 ? " repository" : " repositories")
                + ") to " + output);
        return 0;
    }
}
