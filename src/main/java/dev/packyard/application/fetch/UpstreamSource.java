package dev.packyard.application.fetch;

import dev.packyard.model.ExternalConnection;
import dev.packyard.upstream.metadata.CachedListing;
import java.util.Optional;

/**
 * One external connection consulted for a view: through which repository, the cached listing it answered with (and
 * so how stale it is), or why it could not answer.
 */
public record UpstreamSource(ExternalConnection connection, String viaRepository, Optional<CachedListing> listing,
                             Optional<String> problem) {
}
