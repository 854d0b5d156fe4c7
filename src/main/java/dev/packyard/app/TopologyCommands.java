package dev.packyard.app;

import dev.packyard.service.account.Quotas;
import dev.packyard.service.error.CodeArtifactException;
import dev.packyard.service.topology.TopologyService;
import dev.packyard.store.datadir.DataDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;

/** What export-topology and import-topology share: the backend on the data directory, and one-line failures. */
final class TopologyCommands {
    private TopologyCommands() {
    }

    static Path dataDirectory(Path own, PackyardCommand parent) {
        return own != null ? own : parent != null && parent.dataDir != null ? parent.dataDir : DefaultDataDirectory.forThisMachine();
    }

    /** Runs {@code work} on the backend of {@code dir}, turning service and data-directory failures into one line. */
    static <T> T withTopology(Path dir, Function<TopologyService, T> work) {
        Backend backend;
        try {
            backend = Backend.open(dir, "us-east-1", Clock.systemUTC());
        } catch (DataDirectoryException e) {
            throw new UserFacingException(e.getMessage() + " (a running console can export and import topologies "
                    + "itself: use the Domains screen)");
        }
        try (backend) {
            return work.apply(new TopologyService(backend.catalog().domains(), backend.catalog().repositories(), Quotas.CODEARTIFACT));
        } catch (CodeArtifactException e) {
            throw new UserFacingException(e.getMessage());
        }
    }
}
