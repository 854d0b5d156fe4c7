package dev.packyard.formats.npm.http;

import dev.packyard.model.Repository;
import dev.packyard.service.packages.DistTagService;
import dev.packyard.application.fetch.AvailableVersion;
import dev.packyard.application.fetch.PackageView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts the dist-tags kept in the repository and its upstream repositories in front of the public registry's, as
 * CodeArtifact merges them: a tag set nearer the requester wins. Tags of versions the view does not offer are dropped.
 */
final class NpmTaggedViews {
    private final DistTagService distTags;

    NpmTaggedViews(DistTagService distTags) {
        this.distTags = distTags;
    }

    PackageView withRepositoryTags(Repository repository, PackageView view) {
        Set<String> offered = view.versions().stream().map(AvailableVersion::version).collect(Collectors.toSet());
        Map<String, String> tags = new LinkedHashMap<>();
        distTags.merged(repository, view.coordinate()).forEach((tag, version) -> {
            if (offered.contains(version)) {
                tags.put(tag, version);
            }
        });
        view.tags().forEach(tags::putIfAbsent);
        return new PackageView(view.coordinate(), view.versions(), tags, view.upstreams());
    }
}
