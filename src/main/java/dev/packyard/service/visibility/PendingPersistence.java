package dev.packyard.service.visibility;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.packages.NewVersion;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A fetched version waiting to be persisted: it becomes visible in list-packages and list-package-versions of
 * each repository at (about) {@code visibleAt}. Also the payload of the durable PERSIST task.
 */
public record PendingPersistence(NewVersion version, List<RepositoryId> repositories, Instant visibleAt) {
    public PendingPersistence {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(visibleAt, "visibleAt");
        repositories = List.copyOf(repositories);
    }

    public PackageCoordinate coordinate() {
        return version.coordinate();
    }

    public String versionName() {
        return version.version();
    }

    /**
     * The single-flight key: the same files of a version bound for the same repositories are persisted once; another
     * file of the same version (PyPI, Maven) is a task of its own.
     */
    public String taskKey() {
        return coordinate().format().wireName() + ":" + version.repository().domain().name() + "/"
                + repositoryNames() + ":" + coordinate().displayName() + "@" + version.version() + ":"
                + version.assets().stream().map(a -> a.name()).sorted().collect(Collectors.joining(","));
    }

    /**
     * Names the file as the fetch task's title does: a Maven or PyPI version arrives file by file, one task each, and
     * without the name its POM's and its JAR's tasks read alike.
     */
    public String title() {
        return "Make " + coordinate().displayName() + " " + version.version() + " (" + fileNames() + ") visible in "
                + repositories.stream().map(RepositoryId::name).collect(Collectors.joining(", "));
    }

    private String fileNames() {
        return version.assets().stream().map(a -> a.name()).sorted().collect(Collectors.joining(", "));
    }

    private String repositoryNames() {
        return repositories.stream().map(RepositoryId::name).collect(Collectors.joining(","));
    }
}
