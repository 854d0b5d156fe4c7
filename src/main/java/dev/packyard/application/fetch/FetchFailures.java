package dev.packyard.application.fetch;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.service.error.PackageUnavailableException;
import dev.packyard.service.resolution.ResolutionPlan;
import dev.packyard.upstream.FailureKind;
import dev.packyard.upstream.UpstreamException;
import dev.packyard.upstream.UpstreamUnavailableException;
import java.time.Instant;

/** The wording of fetch failures, shared by the views and the deliveries so a client reads the same reason in both. */
final class FetchFailures {
    private FetchFailures() {
    }

    static PackageUnavailableException unavailable(PackageCoordinate coordinate, String version, UpstreamException e) {
        Instant retryAfter = e instanceof UpstreamUnavailableException u ? u.retryAfter().orElse(null) : null;
        return new PackageUnavailableException(prefix(e) + coordinate.displayName() + " " + version
                + " is not retained here and cannot be fetched now: " + e.getMessage()
                + ". Versions already retained are still served; try again later.", retryAfter, e);
    }

    /** "Upstream throttled: " when the registry rations Packyard's calls (429), otherwise "Upstream unavailable: ". */
    static String prefix(UpstreamException e) {
        return throttled(e) ? "Upstream throttled: " : "Upstream unavailable: ";
    }

    static boolean throttled(UpstreamException e) {
        return e instanceof UpstreamUnavailableException u && u.kind() == FailureKind.THROTTLED;
    }

    static String noEndpoint(ExternalConnection connection) {
        return connection.connectionName() + " has no endpoint: set one with --upstream " + connection.connectionName()
                + "=URL or on the External connections screen";
    }

    static String missingUpstreamsNote(ResolutionPlan plan) {
        return plan.skippedMissingUpstreams().isEmpty() ? ""
                : " (upstream repositories that no longer exist were skipped: " + String.join(", ", plan.skippedMissingUpstreams())
                        + "; update the upstream list)";
    }
}
