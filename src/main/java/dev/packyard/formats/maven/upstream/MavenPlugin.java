package dev.packyard.formats.maven.upstream;

import java.util.Objects;

/** One entry of a group-level maven-metadata.xml: the prefix {@code mvn PREFIX:goal} resolves to this plugin. */
public record MavenPlugin(String prefix, String artifactId, String name) {
    public MavenPlugin {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(artifactId, "artifactId");
        name = name == null || name.isBlank() ? artifactId : name;
    }
}
