package dev.packyard.model;

import java.util.Objects;

/**
 * One direct dependency a version declares, in CodeArtifact's terms: the package it needs (namespace may be null),
 * the kind of dependency as the format names it, and the version or range asked for (null when none is given).
 */
public record PackageDependency(String namespace, String packageName, String dependencyType, String versionRequirement) {
    public PackageDependency {
        Objects.requireNonNull(packageName, "packageName");
        namespace = namespace == null || namespace.isEmpty() ? null : namespace;
    }
}
