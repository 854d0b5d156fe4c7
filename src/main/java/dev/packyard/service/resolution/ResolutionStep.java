package dev.packyard.service.resolution;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.Repository;
import java.util.Optional;

/**
 * One repository on a resolution path, and the external connection to ask through it when the version is not
 * retained there (present only for a connection of the requested package's format).
 */
public record ResolutionStep(Repository repository, Optional<ExternalConnection> externalConnection) {
}
