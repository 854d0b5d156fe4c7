package dev.packyard.ui.packages;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.visibility.PendingPersistence;
import dev.packyard.model.metadata.ListingStaleness;
import java.util.List;
import java.util.Optional;

/**
 * What the package screen shows of a package's public registries: the cached listing of each external connection
 * the repository reaches, "refresh now", and the versions still waiting to be persisted. Calls may block on the
 * database or the network: make them off the UI thread.
 */
public interface UpstreamMetadata {
    /** One external connection on the repository's resolution path and its cached listing of the package, if any. */
    record Source(ExternalConnection connection, String viaRepository, Optional<ListingStaleness> listing) {
    }

    List<Source> sources(RepositoryId repository, PackageCoordinate coordinate);

    /** Asks the registry now, whatever the cache policy; throws what the registry's failure was. */
    ListingStaleness refreshNow(RepositoryId repository, ExternalConnection connection, PackageCoordinate coordinate) throws Exception;

    /** Fetched versions of the package not yet visible in the list APIs, soonest first. */
    List<PendingPersistence> pending(RepositoryId repository, PackageCoordinate coordinate);

    static UpstreamMetadata none() {
        return new UpstreamMetadata() {
            @Override
            public List<Source> sources(RepositoryId repository, PackageCoordinate coordinate) {
                return List.of();
            }

            @Override
            public ListingStaleness refreshNow(RepositoryId repository, ExternalConnection connection, PackageCoordinate coordinate) {
                throw new IllegalStateException("this console has no fetch engine");
            }

            @Override
            public List<PendingPersistence> pending(RepositoryId repository, PackageCoordinate coordinate) {
                return List.of();
            }
        };
    }
}
