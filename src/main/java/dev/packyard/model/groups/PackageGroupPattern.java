package dev.packyard.model.groups;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A package group definition as CodeArtifact writes it: {@code /{format}/{namespace}/{name}} with the parts not
 * given left out and a suffix saying how the last part matches: {@code $} the whole coordinate, {@code ~} a prefix of
 * the namespace or the name, {@code *} every value of the part that would follow. Formats without namespaces use an
 * empty namespace part ({@code /pypi//requests$}). Names are written normalised, as CodeArtifact stores them.
 */
public final class PackageGroupPattern {
    /** Most specific last: the order in which a package's candidate groups are ranked. */
    public static final Comparator<PackageGroupPattern> SPECIFICITY = Comparator
            .comparingInt((PackageGroupPattern p) -> p.level == Level.ALL_FORMATS ? 0 : 1)
            .thenComparingInt(p -> p.namespaceRank())
            .thenComparingInt(p -> p.nameRank());

    public static final PackageGroupPattern ROOT = new PackageGroupPattern(Level.ALL_FORMATS, null, "", "");

    private static final int MIN_LENGTH = 2;
    private static final int MAX_LENGTH = 520;
    private static final Pattern MODEL_CHARACTERS = Pattern.compile("[^\\p{C}\\p{IsWhitespace}]+");
    private static final int EXACT = 100_000;

    /** How far down the coordinate the pattern goes and how its last part matches. */
    public enum Level {
        /** {@code /*} */
        ALL_FORMATS,
        /** {@code /npm/*} */
        FORMAT,
        /** {@code /maven/com.example~} */
        NAMESPACE_PREFIX,
        /** {@code /npm/space/*} */
        NAMESPACE,
        /** {@code /npm/space/ui-~} */
        NAME_PREFIX,
        /** {@code /maven/org.example/lib$} */
        EXACT
    }

    private final Level level;
    private final PackageFormat format;
    private final String namespace;
    private final String name;

    private PackageGroupPattern(Level level, PackageFormat format, String namespace, String name) {
        this.level = level;
        this.format = format;
        this.namespace = namespace;
        this.name = name;
    }

    public static PackageGroupPattern parse(String written) {
        if (written == null || written.length() < MIN_LENGTH || written.length() > MAX_LENGTH) {
            throw new InvalidPatternException("A package group pattern is " + MIN_LENGTH + "-" + MAX_LENGTH
                    + " characters, such as /* or /npm/space/*");
        }
        if (!MODEL_CHARACTERS.matcher(written).matches()) {
            throw new InvalidPatternException("Package group pattern '" + written + "' has white space or control "
                    + "characters");
        }
        if (!written.startsWith("/")) {
            throw invalid(written, "it must start with '/'");
        }
        if (written.equals("/*")) {
            return ROOT;
        }
        String rest = written.substring(1);
        int slash = rest.indexOf('/');
        if (slash < 0) {
            throw invalid(written, "after the format give '/*' (every package of the format), a namespace, or a "
                    + "namespace and a name");
        }
        PackageFormat format = PackageFormat.fromWireName(rest.substring(0, slash)).orElseThrow(() -> invalid(written,
                "'" + rest.substring(0, slash) + "' is not a package format (npm, pypi, maven, nuget, generic, ruby, "
                        + "swift, cargo)"));
        String afterFormat = rest.substring(slash + 1);
        if (afterFormat.equals("*")) {
            return new PackageGroupPattern(Level.FORMAT, format, "", "");
        }
        int second = afterFormat.indexOf('/');
        if (second < 0) {
            if (afterFormat.contains("*")) {
                part(written, "namespace", afterFormat);
            }
            if (!afterFormat.endsWith("~")) {
                throw invalid(written, "a namespace alone ends with '~' (namespaces starting with it) or is followed "
                        + "by '/*' (every package in that namespace)");
            }
            String prefix = part(written, "namespace prefix", afterFormat.substring(0, afterFormat.length() - 1));
            requireNamespaceAllowed(written, format);
            return new PackageGroupPattern(Level.NAMESPACE_PREFIX, format, prefix, "");
        }
        String namespace = afterFormat.substring(0, second);
        if (!namespace.isEmpty()) {
            part(written, "namespace", namespace);
            requireNamespaceAllowed(written, format);
            if (format == PackageFormat.NPM && namespace.startsWith("@")) {
                throw invalid(written, "write the npm scope without '@' (/npm/" + namespace.substring(1) + "/...)");
            }
        } else if (format.requiresNamespace()) {
            throw invalid(written, format.wireName() + " packages always have a namespace, so an empty namespace "
                    + "catches nothing: give one, or use /" + format.wireName() + "/*");
        }
        String last = afterFormat.substring(second + 1);
        if (last.equals("*")) {
            return new PackageGroupPattern(Level.NAMESPACE, format, namespace, "");
        }
        Level level;
        if (last.endsWith("~")) {
            level = Level.NAME_PREFIX;
        } else if (last.endsWith("$")) {
            level = Level.EXACT;
        } else {
            throw invalid(written, "end it with '$' (exactly this name), '~' (names starting with it) or '/*' after "
                    + "the namespace");
        }
        String name = part(written, level == Level.EXACT ? "name" : "name prefix", last.substring(0, last.length() - 1));
        String normalised = PackageCoordinate.normaliseName(format, name);
        if (!normalised.equals(name)) {
            throw invalid(written, format.wireName() + " names are matched in their normalised form: write '"
                    + normalised + "'");
        }
        return new PackageGroupPattern(level, format, namespace, name);
    }

    private static String part(String written, String what, String value) {
        if (value.isEmpty()) {
            throw invalid(written, "the " + what + " is empty");
        }
        if (value.contains("/") || value.contains("#") || value.contains("*")) {
            throw invalid(written, "the " + what + " '" + value + "' contains '/', '#' or '*' ('*' stands alone "
                    + "after a '/', for every value of the next part)");
        }
        if (value.length() > 255) {
            throw invalid(written, "the " + what + " is longer than 255 characters");
        }
        return value;
    }

    private static void requireNamespaceAllowed(String written, PackageFormat format) {
        if (format.forbidsNamespace()) {
            throw invalid(written, format.wireName() + " packages have no namespace: leave the namespace part empty, "
                    + "as in /" + format.wireName() + "//name$");
        }
    }

    private static InvalidPatternException invalid(String written, String why) {
        return new InvalidPatternException("Invalid package group pattern '" + written + "': " + why);
    }

    public Level level() {
        return level;
    }

    public boolean isRoot() {
        return level == Level.ALL_FORMATS;
    }

    /** Whether the package is one this pattern catches. */
    public boolean matches(PackageCoordinate coordinate) {
        if (level == Level.ALL_FORMATS) {
            return true;
        }
        if (coordinate.format() != format) {
            return false;
        }
        String ns = coordinate.namespace() == null ? "" : coordinate.namespace();
        return switch (level) {
            case FORMAT -> true;
            case NAMESPACE_PREFIX -> ns.startsWith(namespace);
            case NAMESPACE -> ns.equals(namespace);
            case NAME_PREFIX -> ns.equals(namespace) && coordinate.name().startsWith(name);
            case EXACT -> ns.equals(namespace) && coordinate.name().equals(name);
            case ALL_FORMATS -> true;
        };
    }

    /** Whether every package the other pattern catches is caught by this one too (this one is an ancestor). */
    public boolean covers(PackageGroupPattern other) {
        if (level == Level.ALL_FORMATS) {
            return true;
        }
        if (other.level == Level.ALL_FORMATS || other.format != format) {
            return false;
        }
        return switch (level) {
            case FORMAT -> true;
            case NAMESPACE_PREFIX -> other.level != Level.FORMAT && other.namespace.startsWith(namespace);
            case NAMESPACE -> other.level.compareTo(Level.NAMESPACE) >= 0 && other.namespace.equals(namespace);
            case NAME_PREFIX -> other.level.compareTo(Level.NAME_PREFIX) >= 0 && other.namespace.equals(namespace)
                    && other.name.startsWith(name);
            case EXACT -> other.level == Level.EXACT && other.namespace.equals(namespace) && other.name.equals(name);
            case ALL_FORMATS -> true;
        };
    }

    private int namespaceRank() {
        return switch (level) {
            case ALL_FORMATS, FORMAT -> 0;
            case NAMESPACE_PREFIX -> 1 + namespace.length();
            default -> EXACT;
        };
    }

    private int nameRank() {
        return switch (level) {
            case NAME_PREFIX -> 1 + name.length();
            case EXACT -> EXACT;
            default -> 0;
        };
    }

    public AssociationType associationOf() {
        return level == Level.EXACT ? AssociationType.STRONG : AssociationType.WEAK;
    }

    /** The written form, as CodeArtifact returns it and uses it as the group's identifier. */
    public String written() {
        return switch (level) {
            case ALL_FORMATS -> "/*";
            case FORMAT -> "/" + format.wireName() + "/*";
            case NAMESPACE_PREFIX -> "/" + format.wireName() + "/" + namespace + "~";
            case NAMESPACE -> "/" + format.wireName() + "/" + namespace + "/*";
            case NAME_PREFIX -> "/" + format.wireName() + "/" + namespace + "/" + name + "~";
            case EXACT -> "/" + format.wireName() + "/" + namespace + "/" + name + "$";
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PackageGroupPattern p && p.written().equals(written());
    }

    @Override
    public int hashCode() {
        return Objects.hash(written());
    }

    @Override
    public String toString() {
        return written();
    }
}
