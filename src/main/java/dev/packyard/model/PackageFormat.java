package dev.packyard.model;

import java.util.Arrays;
import java.util.Optional;

/** The package formats CodeArtifact knows, with their wire names. */
public enum PackageFormat {
    NPM("npm"),
    PYPI("pypi"),
    MAVEN("maven"),
    NUGET("nuget"),
    GENERIC("generic"),
    RUBY("ruby"),
    SWIFT("swift"),
    CARGO("cargo");

    private final String wireName;

    PackageFormat(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Formats whose packages must carry a namespace (Maven groupId, Swift scope, generic namespace). */
    public boolean requiresNamespace() {
        return this == MAVEN || this == SWIFT || this == GENERIC;
    }

    /** Formats that have no namespace concept at all. */
    public boolean forbidsNamespace() {
        return this == PYPI || this == NUGET || this == RUBY || this == CARGO;
    }

    public static Optional<PackageFormat> fromWireName(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
