package dev.packyard.model.versions;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEP 440 (PyPI): epoch, then the release numbers (trailing zeros insignificant), then a development release of the
 * plain release first, pre-releases {@code a < b < rc}, the release, post-releases; within each a {@code .devN}
 * before what it develops; a local version ({@code +ubuntu.1}) after the public one, its parts numeric above text.
 * Spellings are normalised as the PEP says ({@code alpha}, {@code c}, {@code pre}, {@code -1} for a post-release,
 * separators {@code - _ .}, upper case, a leading {@code v}).
 *
 * <p>Hand-written: no maintained Java library implements PEP 440. The order is the sort key's order, so the
 * rules live in one place, {@link #sortKey}. Versions PEP 440 cannot read sort before the ones it can.
 */
public final class Pep440Order extends KeyedOrder {
    public static final Pep440Order INSTANCE = new Pep440Order();

    private static final String SEP = "[-_.]?";
    private static final Pattern VERSION = Pattern.compile("v?(?:(?<epoch>\\d+)!)?(?<release>\\d+(?:\\.\\d+)*)"
            + "(?:" + SEP + "(?<pre>alpha|beta|preview|pre|rc|a|b|c)" + SEP + "(?<preN>\\d+)?)?"
            + "(?:-(?<postImplicit>\\d+)|" + SEP + "(?:post|rev|r)" + SEP + "(?<postN>\\d+)?(?<post>))?"
            + "(?:" + SEP + "dev" + SEP + "(?<devN>\\d+)?(?<dev>))?"
            + "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?");

    private Pep440Order() {
    }

    @Override
    boolean appendKey(StringBuilder key, String version) {
        Matcher m = VERSION.matcher(version.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return false;
        }
        SortKeys.number(key, m.group("epoch") == null ? "0" : m.group("epoch"));
        release(key, m.group("release"));
        boolean post = m.group("postImplicit") != null || m.group("post") != null;
        boolean dev = m.group("dev") != null;
        String pre = m.group("pre");
        if (pre == null) {
            // A development release of the plain release (1.0.dev1) comes before its pre-releases (1.0a1).
            key.append(!post && dev ? 'A' : 'E');
        } else {
            key.append(preLetter(pre));
            SortKeys.number(key, orZero(m.group("preN")));
        }
        if (post) {
            key.append('B');
            SortKeys.number(key, m.group("postImplicit") != null ? m.group("postImplicit") : orZero(m.group("postN")));
        } else {
            key.append('A');
        }
        if (dev) {
            key.append('A');
            SortKeys.number(key, orZero(m.group("devN")));
        } else {
            key.append('B');
        }
        if (m.group("local") != null) {
            local(key, m.group("local"));
        }
        return true;
    }

    /** Release numbers without trailing zeros (1.0 == 1), each marked so that more numbers sort after fewer. */
    private static void release(StringBuilder key, String release) {
        String[] numbers = release.split("\\.");
        int length = numbers.length;
        while (length > 1 && numbers[length - 1].chars().allMatch(c -> c == '0')) {
            length--;
        }
        for (int i = 0; i < length; i++) {
            key.append('I');
            SortKeys.number(key, numbers[i]);
        }
        key.append('.');
    }

    private static char preLetter(String pre) {
        return switch (pre) {
            case "a", "alpha" -> 'B';
            case "b", "beta" -> 'C';
            default -> 'D'; // rc, c, pre, preview
        };
    }

    /** Local parts after the public version: numeric parts above text parts, a longer local after its prefix. */
    private static void local(StringBuilder key, String local) {
        key.append('+');
        for (String part : local.split("[-_.]")) {
            if (SortKeys.isDigits(part)) {
                key.append('T');
                SortKeys.number(key, part);
            } else {
                key.append('S');
                SortKeys.text(key, part);
            }
        }
    }

    private static String orZero(String digits) {
        return digits == null ? "0" : digits;
    }
}
