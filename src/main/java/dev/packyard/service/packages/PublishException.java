package dev.packyard.service.packages;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.RepositoryId;
import java.time.Instant;
import java.util.Objects;

/**
 * A version published while the public registry behind {@code connectionName} could not say whether it already
 * has that version (seed rule 3): the publish was let through and this record shows it, with the reason.
 */
public record PublishException(RepositoryId repository, PackageCoordinate coordinate, String version,
                               String connectionName, String reason, Instant recordedAt) {
    public PublishException {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(coordinate, "coordinate");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(connectionName, "connectionName");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** One line for a list or a log: what was published where, and why it could not be checked. */
    public String describe() {
        return coordinate.displayName() + " " + version + " (" + coordinate.format().wireName() + ") was published to "
                + repository.name() + " without checking " + connectionName + ": " + reason;
    }
}
