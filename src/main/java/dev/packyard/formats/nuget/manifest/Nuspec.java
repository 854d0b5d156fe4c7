package dev.packyard.formats.nuget.manifest;

import java.util.List;

/**
 * What a package's .nuspec says about it: the id as its author spelled it, the version, the descriptive fields
 * NuGet's registration shows and the dependencies, by target framework. Text fields may be null.
 */
public record Nuspec(String id, String version, String authors, String description, String summary, String title,
                     String projectUrl, String licenseExpression, String licenseUrl, String tags, String repositoryUrl,
                     List<DependencyGroup> dependencyGroups) {
    public Nuspec {
        dependencyGroups = List.copyOf(dependencyGroups);
    }

    /** The dependencies for one target framework; a null framework applies to every framework. */
    public record DependencyGroup(String targetFramework, List<Dependency> dependencies) {
        public DependencyGroup {
            dependencies = List.copyOf(dependencies);
        }
    }

    /** One dependency: a package id and the version range asked for (null for any version). */
    public record Dependency(String id, String range) {
    }
}
