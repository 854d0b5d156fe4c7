package dev.packyard.ui.domains;

import dev.packyard.model.DomainId;
import dev.packyard.service.topology.ExistingRepositories;
import dev.packyard.service.topology.ImportPlan;
import dev.packyard.service.topology.ParsedTopology;
import dev.packyard.service.topology.Topology;
import dev.packyard.service.topology.TopologyCodec;
import dev.packyard.service.topology.TopologyFiles;
import dev.packyard.service.topology.TopologyProblem;
import dev.packyard.ui.common.DialogService.FileFilter;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.common.ScreenContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Exporting a domain's topology to a file and importing one: file choosers, a check of the whole file, a
 * confirmation that shows what will be created, then the import on the background runner.
 */
public final class TopologyFlows {
    public static final FileFilter FILES = new FileFilter("Packyard topology (*" + TopologyCodec.EXTENSION + ", *"
            + TopologyCodec.JSON_EXTENSION + ")", List.of("*" + TopologyCodec.EXTENSION, "*" + TopologyCodec.JSON_EXTENSION));
    private static final int PROBLEMS_SHOWN = 12;

    private final ScreenContext context;

    public TopologyFlows(ScreenContext context) {
        this.context = context;
    }

    public void export(DomainId domain) {
        Optional<Path> chosen = context.dialogs().chooseFileToSave("Export topology of " + domain.name(),
                TopologyCodec.suggestedFileName(domain.name()), FILES);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        context.call("Could not export the topology of " + domain.name(), () -> {
            Topology topology = context.console().topology().export(domain.name());
            TopologyFiles.write(file, topology);
            return topology;
        }, topology -> context.dialogs().showInfo("Topology exported", "The topology of domain " + domain.name() + " ("
                + count(topology.repositories().size()) + ", without their packages) was written to " + file
                + ". Import it with \"Import topology…\" or packyard import-topology."));
    }

    /** "Import topology…": a file chooser, then which domain to import into. */
    public void chooseAndImport() {
        context.dialogs().chooseFileToOpen("Import topology", FILES).ifPresent(file -> importFile(file, true));
    }

    /**
     * Offers to import {@code file}; with {@code askDomain} the user may pick another domain than the file's (the
     * file association opens the file straight into its own domain, after confirmation).
     */
    public void importFile(Path file, boolean askDomain) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        context.call("Could not read " + name, () -> TopologyFiles.read(file), parsed -> {
            if (parsed.problems().stream().anyMatch(p -> p.location().equals("file"))) {
                showProblems(name, parsed.problems());
                return;
            }
            String target = null;
            if (askDomain) {
                ImportTopologyForm form = new ImportTopologyForm(name, parsed.topology().domain());
                if (!context.dialogs().showForm(form)) {
                    return;
                }
                target = form.domain();
            }
            plan(name, parsed, target, ExistingRepositories.REFUSE);
        });
    }

    private void plan(String name, ParsedTopology parsed, String target, ExistingRepositories existing) {
        context.call("Could not check " + name, () -> context.console().topology().plan(parsed, target, existing), plan -> {
            if (plan.ok()) {
                confirmAndApply(name, plan);
            } else if (plan.onlyConflicts() && existing == ExistingRepositories.REFUSE) {
                if (context.dialogs().confirm("Some repositories already exist", "Domain " + plan.domain() + " already has "
                        + (plan.conflicts().size() == 1 ? "repository " : "these repositories of the file: ")
                        + String.join(", ", plan.conflicts()) + ". Import the others and leave "
                        + (plan.conflicts().size() == 1 ? "it as it is?" : "those as they are?"), "Skip existing")) {
                    plan(name, parsed, plan.domain(), ExistingRepositories.SKIP);
                }
            } else {
                showProblems(name, plan.problems());
            }
        });
    }

    private void confirmAndApply(String name, ImportPlan plan) {
        if (!context.dialogs().confirm("Import " + name + " into " + plan.domain() + "?", plan.summary(), "Import")) {
            return;
        }
        context.call("Could not import " + name, () -> context.console().topology().apply(plan), result -> {
            context.navigator().catalogChanged();
            context.navigator().show(NavTarget.Domains.of(new DomainId(context.console().accountId(), result.domain())));
        });
    }

    private void showProblems(String name, List<TopologyProblem> problems) {
        StringBuilder text = new StringBuilder(problems.size() == 1 ? "" : problems.size() + " problems:\n");
        problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> text.append("• ").append(p).append('\n'));
        if (problems.size() > PROBLEMS_SHOWN) {
            text.append("… and ").append(problems.size() - PROBLEMS_SHOWN).append(" more (packyard import-topology --dry-run ")
                    .append(name).append(" lists them all)\n");
        }
        text.append("Nothing was imported. Fix the file and import it again.");
        context.dialogs().showError("Cannot import " + name, text.toString());
    }

    private static String count(int n) {
        return n == 1 ? "1 repository" : n + " repositories";
    }
}
