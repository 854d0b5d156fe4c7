package dev.packyard.formats.nuget;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version as NuGet reads it: one to four numbers, an optional SemVer 2 pre-release and build metadata. Its
 * normalised form is the one NuGet stores and servers answer with: leading zeros dropped, at least three numbers, a
 * fourth only when it is not zero, build metadata removed (so {@code 1.00} is {@code 1.0.0}, {@code 1.0.01.0} is
 * {@code 1.0.1}, {@code 1.0.7+r3456} is {@code 1.0.7}). Flat-container URLs use its lower-case form.
 */
public record NugetVersion(BigInteger major, BigInteger minor, BigInteger patch, BigInteger revision, String release) {
    private static final String LABELS = "[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*";
    private static final Pattern VERSION = Pattern.compile(
            "(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:\\.(\\d+))?(?:-(" + LABELS + "))?(?:\\+(" + LABELS + "))?");

    public static Optional<NugetVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = VERSION.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new NugetVersion(number(m.group(1)), number(m.group(2)), number(m.group(3)), number(m.group(4)),
                m.group(5) == null ? "" : m.group(5)));
    }

    /** The normalised form of {@code text}, or a clear refusal naming what NuGet accepts. */
    public static String normalise(String text) {
        return parse(text).map(NugetVersion::normalised).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is not a NuGet version (one to four numbers, optionally -PRERELEASE and +METADATA, e.g. 1.2.3-beta.1)"));
    }

    public String normalised() {
        StringBuilder out = new StringBuilder().append(major).append('.').append(minor).append('.').append(patch);
        if (revision.signum() != 0) {
            out.append('.').append(revision);
        }
        if (!release.isEmpty()) {
            out.append('-').append(release);
        }
        return out.toString();
    }

    /** The spelling of flat-container paths and file names. */
    public String lowerCase() {
        return normalised().toLowerCase(Locale.ROOT);
    }

    public boolean isPrerelease() {
        return !release.isEmpty();
    }

    /** Whether NuGet counts the version as SemVer 2.0.0 (dotted pre-release labels or build metadata). */
    public static boolean isSemVer2(String text) {
        String t = text == null ? "" : text.trim();
        int dash = t.indexOf('-');
        return t.contains("+") || dash >= 0 && t.indexOf('.', dash) >= 0;
    }

    private static BigInteger number(String digits) {
        return digits == null ? BigInteger.ZERO : new BigInteger(digits);
    }
}
