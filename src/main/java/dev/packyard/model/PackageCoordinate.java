package dev.packyard.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Format, optional namespace and name of a package, in the normalised form CodeArtifact stores
 * (PyPI and NuGet names are normalised; npm scopes are kept without the leading '@').
 */
public record PackageCoordinate(PackageFormat format, String namespace, String name) {
    private static final Pattern PYPI_SEPARATORS = Pattern.compile("[-_.]+");

    public PackageCoordinate {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(name, "name");
        namespace = namespace == null || namespace.isEmpty() ? null : namespace;
    }

    /** Builds a coordinate and applies the format's name normalisation. */
    public static PackageCoordinate of(PackageFormat format, String namespace, String name) {
        return new PackageCoordinate(format, namespace, normaliseName(format, name));
    }

    public static String normaliseName(PackageFormat format, String name) {
        return switch (format) {
            case PYPI -> PYPI_SEPARATORS.matcher(name).replaceAll("-").toLowerCase(Locale.ROOT);
            case NUGET -> name.toLowerCase(Locale.ROOT);
            default -> name;
        };
    }

    public Optional<String> namespaceOpt() {
        return Optional.ofNullable(namespace);
    }

    /** The name a user of the format would write: {@code @scope/name}, {@code group:artifact}, or the name. */
    public String displayName() {
        if (namespace == null) {
            return name;
        }
        return switch (format) {
            case NPM -> "@" + namespace + "/" + name;
            case MAVEN -> namespace + ":" + name;
            default -> namespace + "/" + name;
        };
    }

    @Override
    public String toString() {
        return format.wireName() + " " + displayName();
    }
}
