package dev.packyard.app;

import dev.packyard.service.topology.ExistingRepositories;
import dev.packyard.service.topology.ImportPlan;
import dev.packyard.service.topology.ImportResult;
import dev.packyard.service.topology.TopologyCodec;
import dev.packyard.service.topology.TopologyFiles;
import dev.packyard.service.topology.TopologyProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import-topology", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Creates the repositories of a topology file in a domain, upstreams first.",
                "Reads *" + TopologyCodec.EXTENSION + " and *" + TopologyCodec.JSON_EXTENSION + " files; the domain is "
                        + "created if it does not exist. The whole file is checked first and every problem is listed; "
                        + "nothing is created unless all of it can be."})
final class ImportTopologyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    PackyardCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "The topology file to import.")
    String file;

    @Option(names = "--domain", paramLabel = "D", description = "Import into domain D instead of the domain named in the file.")
    String domain;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where Packyard keeps its database and package files (default: the per-user data directory).")
    Path dataDir;

    @Option(names = "--skip-existing", description = "Leave repositories the domain already has as they are and create "
            + "the others (without it, such repositories stop the import).")
    boolean skipExisting;

    @Option(names = "--dry-run", description = "Check the file and print what would be created, without creating anything.")
    boolean dryRun;

    @Override
    public Integer call() {
        Path path = TopologyFiles.fromArgument(file);
        var parsed = TopologyFiles.read(path);
        ExistingRepositories existing = skipExisting ? ExistingRepositories.SKIP : ExistingRepositories.REFUSE;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return TopologyCommands.withTopology(TopologyCommands.dataDirectory(dataDir, parent), topology -> {
            ImportPlan plan = topology.plan(parsed, domain, existing);
            if (!plan.ok()) {
                for (TopologyProblem p : plan.problems()) {
                    err.println("packyard: " + path + ": " + p);
                }
                err.println("packyard: " + count(plan.problems().size(), "problem") + " in " + path + "; nothing was imported"
                        + (plan.onlyConflicts() ? " (--skip-existing imports the other repositories)" : ""));
                err.flush();
                return 1;
            }
            if (dryRun) {
                out.println(plan.summary());
                out.println("Dry run: nothing was created.");
                out.flush();
                return 0;
            }
            ImportResult result = topology.apply(plan);
            out.println("Imported " + path + " into domain " + result.domain() + (result.domainCreated() ? " (created)" : "")
                    + ": " + count(result.created().size(), "repository") + " created"
                    + (result.created().isEmpty() ? "" : " (" + String.join(", ", result.created()) + ")")
                    + (result.skipped().isEmpty() ? "" : ", " + result.skipped().size() + " existing left as they are ("
                    + String.join(", ", result.skipped()) + ")"));
            out.flush();
            return 0;
        });
    }

    private static String count(int n, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }
}
