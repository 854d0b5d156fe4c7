package dev.packyard.formats.maven.demo;

import java.util.List;
import java.util.Set;

/**
 * A seeded artifact in the demo group. {@code parentVersion} names the version of {@code demo-parent} it
 * inherits from (null for none); a dependency without a version takes it from the parent's management.
 * {@code extras} are the files each version has besides its POM and jar.
 */
record MavenArtifactSpec(String artifactId, String description, boolean pomOnly, String parentVersion,
                         List<Dependency> dependencies, List<Dependency> managedDependencies, List<String> versions,
                         Set<MavenExtra> extras) {
    MavenArtifactSpec {
        extras = Set.copyOf(extras);
    }

    MavenArtifactSpec(String artifactId, String description, boolean pomOnly, String parentVersion,
                      List<Dependency> dependencies, List<Dependency> managedDependencies, List<String> versions) {
        this(artifactId, description, pomOnly, parentVersion, dependencies, managedDependencies, versions, Set.of());
    }

    record Dependency(String artifactId, String version) {
    }
}
