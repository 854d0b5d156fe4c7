package dev.packyard.service.packages;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.Repository;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.service.error.ResourceType;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.persistence.DistTagStore;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.resolution.ResolutionStep;
import dev.packyard.service.resolution.UpstreamResolver;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * npm dist-tags as CodeArtifact keeps them: package-level metadata of a repository, set by {@code npm publish --tag}
 * and {@code npm dist-tag add|rm}, and merged with the upstream repositories' tags (the nearer repository wins)
 * before npm sees them.
 */
public final class DistTagService {
    public static final String LATEST = "latest";
    /** npm refuses tags that parse as a version or a range; what is left must also be usable in a URL path. */
    private static final Pattern VERSION_LIKE = Pattern.compile("^[v=\\s]*\\d.*|.*[\\s<>=^~|*].*");
    private static final int MAX_TAG_LENGTH = 255;

    private final DistTagStore tags;
    private final PackageStore packages;
    private final UpstreamResolver resolver;

    public DistTagService(DistTagStore tags, PackageStore packages, UpstreamResolver resolver) {
        this.tags = tags;
        this.packages = packages;
        this.resolver = resolver;
    }

    /** The tags set in this repository alone. */
    public Map<String, String> own(RepositoryId repository, PackageCoordinate coordinate) {
        return tags.tags(repository, coordinate);
    }

    /** The tags set in the repository and in the repositories it reaches, the nearer one winning a tag both set. */
    public Map<String, String> merged(Repository repository, PackageCoordinate coordinate) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (ResolutionStep step : resolver.plan(repository, coordinate).steps()) {
            tags.tags(step.repository().id(), coordinate).forEach(merged::putIfAbsent);
        }
        return merged;
    }

    public Optional<String> latest(RepositoryId repository, PackageCoordinate coordinate) {
        return Optional.ofNullable(tags.tags(repository, coordinate).get(LATEST));
    }

    /**
     * The version to show for a package of the repository (defaultDisplayVersion, {@code npm search}): the one tagged
     * latest while it is Published, otherwise the most recently published Published version (always so for formats
     * without tags).
     */
    public Optional<PackageVersion> displayVersion(RepositoryId repository, PackageCoordinate coordinate) {
        Optional<PackageVersion> tagged = latest(repository, coordinate)
                .flatMap(v -> packages.findVersion(repository, coordinate, v))
                .filter(v -> v.status() == PackageVersionStatus.Published);
        if (tagged.isPresent()) {
            return tagged;
        }
        return packages.listVersions(repository, coordinate, new PackageStore.VersionFilter(PackageVersionStatus.Published, null),
                PackageStore.VersionOrder.PUBLISHED_TIME, null, 1).stream().findFirst();
    }

    /** Sets or moves a tag of a package the repository holds; the caller has checked that the version exists. */
    public void put(Repository repository, PackageCoordinate coordinate, String tag, String version) {
        validate(tag);
        if (!tags.put(repository.id(), coordinate, tag, version)) {
            throw new ResourceNotFoundException(coordinate.displayName() + " has no versions in repository " + repository.name()
                    + ": tags are kept on packages a repository holds; install or publish a version through it first",
                    coordinate.name(), ResourceType.PACKAGE);
        }
    }

    /**
     * CopyPackageVersions' share: every tag of the source naming one of the copied versions is set in the destination
     * (which now holds the package), overwriting the destination's tag of the same name.
     */
    public void copyTags(Map<String, String> sourceTags, Repository destination, PackageCoordinate coordinate,
                         Set<String> copiedVersions) {
        sourceTags.forEach((tag, version) -> {
            if (copiedVersions.contains(version)) {
                tags.put(destination.id(), coordinate, tag, version);
            }
        });
    }

    public void remove(Repository repository, PackageCoordinate coordinate, String tag) {
        if (tag.equals(LATEST)) {
            throw new ValidationException("The latest tag cannot be removed: npm installs it when no version is named. "
                    + "Point it at another version with 'npm dist-tag add NAME@VERSION latest'");
        }
        if (!tags.remove(repository.id(), coordinate, tag)) {
            throw new ResourceNotFoundException("'" + tag + "' is not a dist-tag of " + coordinate.displayName() + " in repository "
                    + repository.name(), coordinate.name(), ResourceType.PACKAGE);
        }
    }

    /**
     * The tags a publish moves, before the version is recorded (the store writes them with it): the tags the client
     * asked for point at the new version ({@code npm publish --tag T} asks for T only), and a package without latest
     * gets one: the first version published, or for a package published before tags were kept, the version that was
     * newest before this one.
     */
    public Map<String, String> tagsForNewVersion(Repository repository, PackageCoordinate coordinate, String version,
                                                 Iterable<String> requestedTags) {
        Map<String, String> moved = new LinkedHashMap<>();
        for (String tag : requestedTags) {
            validate(tag);
            moved.put(tag, version);
        }
        if (!moved.containsKey(LATEST) && latest(repository.id(), coordinate).isEmpty()) {
            String earlier = packages.listVersions(repository.id(), coordinate,
                            new PackageStore.VersionFilter(PackageVersionStatus.Published, null), PackageStore.VersionOrder.PUBLISHED_TIME,
                            null, 1).stream()
                    .map(PackageVersion::version).findFirst().orElse(version);
            moved.put(LATEST, earlier);
        }
        return moved;
    }

    private static void validate(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > MAX_TAG_LENGTH) {
            throw new ValidationException("A dist-tag is a name of 1 to " + MAX_TAG_LENGTH + " characters, such as beta");
        }
        if (VERSION_LIKE.matcher(tag).matches() || tag.contains("/") || tag.contains("%")) {
            throw new ValidationException("'" + tag + "' cannot be a dist-tag: a tag must not look like a version or range "
                    + "and must not contain '/' or '%'; use a name such as beta or next");
        }
    }
}
