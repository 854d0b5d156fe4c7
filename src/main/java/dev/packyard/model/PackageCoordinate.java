package dev.packyard.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Format, optional namespace and name of a package, in the normalised form CodeArtifact stores
 * (PyPI, NuGet and Cargo names are normalised; npm scopes are kept without the leading '@').
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
            // Cargo asks for a crate's index file by its lower-cased name, and crates.io allows no two crates that
            // differ only in case: the lower-cased name is the crate's identity.
            case CARGO -> name.toLowerCase(Locale.ROOT);
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

    /**
     * The coordinate of a name written as {@link #displayName()} writes it: npm's {@code @scope/name}, Maven's
     * {@code group:artifact} (required), otherwise the name alone.
     *
     * @throws IllegalArgumentException for a Maven name without both parts
     */
    public static PackageCoordinate written(PackageFormat format, String written) {
        String name = written.trim();
        if (format == PackageFormat.MAVEN) {
            int colon = name.indexOf(':');
            if (colon <= 0 || colon == name.length() - 1) {
                throw new IllegalArgumentException("A Maven package is named group:artifact, for example com.example:demo-core");
            }
            return of(format, name.substring(0, colon), name.substring(colon + 1));
        }
        if (format == PackageFormat.NPM && name.startsWith("@") && name.contains("/")) {
            return of(format, name.substring(1, name.indexOf('/')), name.substring(name.indexOf('/') + 1));
        }
        return of(format, null, name);
    }

    @Override
    public String toString() {
        return format.wireName() + " " + displayName();
    }
}
