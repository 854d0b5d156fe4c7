package dev.packyard.application.fetch;

import dev.packyard.model.PackageCoordinate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a package manager sees of a package through one repository: every version it can get, in resolution
 * priority (a version retained nearer the requester hides the same version further away), the registry's tags, and
 * the upstream sources with their staleness or outage.
 */
public record PackageView(PackageCoordinate coordinate, List<AvailableVersion> versions, Map<String, String> tags,
                          List<UpstreamSource> upstreams) {
    public PackageView {
        versions = List.copyOf(versions);
        tags = Map.copyOf(tags);
        upstreams = List.copyOf(upstreams);
    }

    public Optional<AvailableVersion> version(String version) {
        return versions.stream().filter(v -> v.version().equals(version)).findFirst();
    }

    /** The first reason an upstream could not be asked, if any did not answer. */
    public Optional<String> upstreamProblem() {
        return upstreams.stream().flatMap(u -> u.problem().stream()).findFirst();
    }
}
