package dev.packyard.service.validation;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.service.error.ValidationException;
import java.util.regex.Pattern;

/**
 * CodeArtifact's field constraints (lengths and patterns from the service model), each failing with a
 * {@link ValidationException} whose message names the field, shows the value and says what is accepted.
 */
public final class Fields {
    private static final Pattern DOMAIN_NAME = Pattern.compile("[a-z][a-z0-9\\-]{0,48}[a-z0-9]");
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern REPOSITORY_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]{1,99}");
    private static final Pattern PACKAGE_PART = Pattern.compile("[^#/\\s]+");
    private static final Pattern NO_CONTROL_CHARS = Pattern.compile("\\P{C}*");
    private static final Pattern REVISION = Pattern.compile("\\S+");

    private Fields() {
    }

    public static String domainName(String value) {
        String v = required("domain", value);
        if (v.length() < 2 || v.length() > 50 || !DOMAIN_NAME.matcher(v).matches()) {
            throw invalid("domain", v, "use 2-50 characters: a lowercase letter first, then lowercase letters, digits "
                    + "or '-', ending with a letter or digit (for example 'my-domain')");
        }
        return v;
    }

    public static String accountId(String field, String value) {
        String v = required(field, value);
        if (!ACCOUNT_ID.matcher(v).matches()) {
            throw invalid(field, v, "an account id is exactly 12 digits");
        }
        return v;
    }

    public static String repositoryName(String field, String value) {
        String v = required(field, value);
        if (v.length() < 2 || v.length() > 100 || !REPOSITORY_NAME.matcher(v).matches()) {
            throw invalid(field, v, "use 2-100 characters: letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return v;
    }

    public static String description(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > 1000 || !NO_CONTROL_CHARS.matcher(value).matches()) {
            throw new ValidationException("Invalid description: use at most 1000 characters and no control characters "
                    + "(it has " + value.length() + ")");
        }
        return value;
    }

    public static PackageFormat format(String value) {
        String v = required("format", value);
        return PackageFormat.fromWireName(v).orElseThrow(() -> invalid("format", v,
                "use one of npm, pypi, maven, nuget, generic, ruby, swift, cargo"));
    }

    public static ExternalConnection externalConnection(String value) {
        String v = required("external-connection", value);
        return ExternalConnection.byName(v).orElseThrow(() -> invalid("external-connection", v,
                "use one of " + String.join(", ", ExternalConnection.names())));
    }

    public static String packageName(String value) {
        return packagePart("package", value);
    }

    public static String version(String value) {
        return packagePart("version", value);
    }

    /** A namespace is optional; an empty one counts as absent. */
    public static String namespace(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return packagePart("namespace", value);
    }

    /** Checks the namespace against the format: Maven, Swift and generic need one; PyPI, NuGet, Ruby and Cargo have none. */
    public static void namespaceFitsFormat(PackageFormat format, String namespace) {
        if (format.requiresNamespace() && namespace == null) {
            String example = format == PackageFormat.MAVEN ? " (the Maven groupId, for example 'org.example')" : "";
            throw new ValidationException("A " + format.wireName() + " package needs a namespace" + example);
        }
        if (format.forbidsNamespace() && namespace != null) {
            throw new ValidationException(format.wireName() + " packages have no namespace; leave namespace out (got '"
                    + namespace + "')");
        }
    }

    public static String revision(String value) {
        String v = required("revision", value);
        if (v.length() > 50 || !REVISION.matcher(v).matches()) {
            throw invalid("revision", v, "a revision is 1-50 characters without white space");
        }
        return v;
    }

    public static PackageVersionStatus status(String field, String value) {
        String v = required(field, value);
        return PackageVersionStatus.parse(v).orElseThrow(() -> invalid(field, v,
                "use one of Published, Unfinished, Unlisted, Archived, Disposed, Deleted"));
    }

    /** maxResults of every list operation: 1-1000, or the operation's default when absent. */
    public static int maxResults(Integer value, int defaultValue) {
        if (value == null) {
            return defaultValue;
        }
        if (value < 1 || value > 1000) {
            throw new ValidationException("Invalid max-results " + value + ": use a number from 1 to 1000");
        }
        return value;
    }

    private static String packagePart(String field, String value) {
        String v = required(field, value);
        if (v.length() > 255 || !PACKAGE_PART.matcher(v).matches()) {
            throw invalid(field, v, "use 1-255 characters without '#', '/' or white space");
        }
        return v;
    }

    public static String required(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new ValidationException("Missing required parameter '" + field + "'");
        }
        return value;
    }

    private static ValidationException invalid(String field, String value, String rule) {
        String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        return new ValidationException("Invalid " + field + " '" + shown + "': " + rule);
    }
}
