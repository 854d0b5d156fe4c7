package dev.packyard.model;

import dev.packyard.model.versions.MavenOrder;
import dev.packyard.model.versions.NuGetOrder;
import dev.packyard.model.versions.Pep440Order;
import dev.packyard.model.versions.RubyGemsOrder;
import dev.packyard.model.versions.SemVerOrder;
import dev.packyard.model.versions.VersionOrder;
import java.util.Arrays;
import java.util.Optional;

/** The package formats CodeArtifact knows, with their wire names. */
public enum PackageFormat {
    NPM("npm", SemVerOrder.INSTANCE),
    PYPI("pypi", Pep440Order.INSTANCE),
    MAVEN("maven", MavenOrder.INSTANCE),
    NUGET("nuget", NuGetOrder.INSTANCE),
    GENERIC("generic", SemVerOrder.INSTANCE),
    RUBY("ruby", RubyGemsOrder.INSTANCE),
    SWIFT("swift", SemVerOrder.INSTANCE),
    CARGO("cargo", SemVerOrder.INSTANCE);

    private final String wireName;
    private final VersionOrder versionOrder;

    PackageFormat(String wireName, VersionOrder versionOrder) {
        this.wireName = wireName;
        this.versionOrder = versionOrder;
    }

    public String wireName() {
        return wireName;
    }

    /** How this format orders its versions: its own rules, and the sort key the catalogue stores. */
    public VersionOrder versionOrder() {
        return versionOrder;
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
