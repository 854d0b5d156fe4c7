package dev.packyard.demo.maven;

import java.util.List;

/**
 * A seeded artifact in the demo group. {@code parentVersion} names the version of {@code demo-parent} it
 * inherits from (null for none); a dependency without a version takes it from the parent's management.
 */
record MavenArtifactSpec(String artifactId, String description, boolean pomOnly, String parentVersion,
                         List<Dependency> dependencies, List<Dependency> managedDependencies, List<String> versions) {

    record Dependency(String artifactId, String version) {
    }
}
