package dev.packyard.store.db.migration;

import com.github.zafarkhaja.semver.Version;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.artifact.versioning.ComparableVersion;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Recomputes every stored sort key with the version order of the version's own package format (SemVer for npm,
 * Cargo, Swift and generic; Maven's ComparableVersion; PEP 440; NuGet; RubyGems), replacing V8's digit padding,
 * which put {@code 1.9.0} before {@code 1.9.0-beta.2}.
 *
 * <p>Frozen: what a migration writes must not change when live code changes later, so the key functions of this
 * release are copied below from {@code dev.packyard.model.versions} and call nothing of ours; only the pinned
 * libraries (java-semver, maven-artifact) are used. If a format's order changes later, its key changes with it in
 * {@code model.versions} and a new migration recomputes the keys again; this one stays as it is.
 */
public class V10_60__version_order_per_format extends BaseJavaMigration {
    private static final int MAX_KEY_LENGTH = 1000;
    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement select = c.createStatement();
             ResultSet rs = select.executeQuery("SELECT v.id, p.format, v.version FROM package_version v "
                     + "JOIN package p ON p.id = v.package_id");
             PreparedStatement update = c.prepareStatement("UPDATE package_version SET version_sort = ? WHERE id = ?")) {
            int rows = 0;
            while (rs.next()) {
                update.setString(1, sortKey(rs.getString(2), rs.getString(3)));
                update.setLong(2, rs.getLong(1));
                update.addBatch();
                if (++rows % BATCH == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }

    /** The key for a format's wire name as stored in {@code package.format}. */
    static String sortKey(String format, String version) {
        return switch (format) {
            case "pypi" -> Pep440Order.sortKey(version);
            case "maven" -> MavenOrder.sortKey(version);
            case "nuget" -> NuGetOrder.sortKey(version);
            case "ruby" -> RubyGemsOrder.sortKey(version);
            default -> SemVerOrder.sortKey(version);
        };
    }

    private static final class SortKeys {
        static final char END_OF_TEXT = ' ';

        static void number(StringBuilder key, CharSequence digits) {
            int start = 0;
            while (start < digits.length() - 1 && digits.charAt(start) == '0') {
                start++;
            }
            int length = digits.length() - start;
            key.append("z".repeat((length - 1) / 26)).append((char) ('a' + (length - 1) % 26));
            key.append(digits, start, digits.length());
        }

        static void number(StringBuilder key, long value) {
            number(key, Long.toString(value));
        }

        static void text(StringBuilder key, String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                key.append(c <= END_OF_TEXT ? '!' : c);
            }
            key.append(END_OF_TEXT);
        }

        static boolean isDigits(String s) {
            return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
        }

        static String cut(StringBuilder key) {
            return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key.toString();
        }
    }

    private static final class LooseVersions {
        static void key(StringBuilder key, String version) {
            int i = 0;
            while (i < version.length()) {
                int start = i;
                boolean digits = isDigit(version.charAt(i));
                while (i < version.length() && isDigit(version.charAt(i)) == digits) {
                    i++;
                }
                if (digits) {
                    key.append('N');
                    SortKeys.number(key, version.substring(start, i));
                } else {
                    key.append('T');
                    SortKeys.text(key, version.substring(start, i));
                }
            }
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }

    private static final class SemVerIdentifiers {
        static void key(StringBuilder key, List<String> identifiers) {
            for (String id : identifiers) {
                if (SortKeys.isDigits(id)) {
                    key.append('1');
                    SortKeys.number(key, id);
                } else {
                    key.append('2');
                    SortKeys.text(key, id);
                }
            }
        }
    }

    private static final class SemVerOrder {
        static String sortKey(String version) {
            StringBuilder key = new StringBuilder();
            Optional<Version> parsed = Version.tryParse(version);
            if (parsed.isEmpty()) {
                key.append('0');
                LooseVersions.key(key, version);
                return SortKeys.cut(key);
            }
            Version v = parsed.get();
            key.append('1');
            SortKeys.number(key, v.majorVersion());
            SortKeys.number(key, v.minorVersion());
            SortKeys.number(key, v.patchVersion());
            Optional<String> preRelease = v.preReleaseVersion();
            if (preRelease.isEmpty()) {
                key.append('~');
            } else {
                key.append('-');
                SemVerIdentifiers.key(key, List.of(preRelease.get().split("\\.")));
            }
            return SortKeys.cut(key);
        }
    }

    private static final class MavenOrder {
        private static final Map<String, Character> QUALIFIER_RANKS = Map.of("alpha", '0', "beta", '1', "milestone", '2',
                "rc", '3', "snapshot", '4', "", '5', "sp", '6');
        private static final char RELEASE = '5';
        private static final char UNKNOWN_QUALIFIER = '7';
        private static final char QUALIFIER_BELOW_MISSING = 'A';
        private static final char LIST_BELOW_MISSING = 'B';
        private static final char END = 'C';
        private static final char QUALIFIER_ABOVE_MISSING = 'D';
        private static final char LIST_ABOVE_MISSING = 'F';
        private static final char LIST_OF_NUMBER = 'G';
        private static final char NUMBER = 'I';

        static String sortKey(String version) {
            String canonical = new ComparableVersion(version).getCanonical();
            List<String> tokens = List.of(canonical.split("(?=[.-])", -1));
            StringBuilder key = new StringBuilder();
            if (!canonical.isEmpty()) {
                list(key, tokens, 0, false);
            }
            key.append(END);
            return SortKeys.cut(key);
        }

        private static void list(StringBuilder key, List<String> tokens, int from, boolean openedByFirstToken) {
            for (int i = from; i < tokens.size(); i++) {
                String token = tokens.get(i);
                String item = strip(token);
                if (token.startsWith("-") && (i > from || !openedByFirstToken)) {
                    key.append(sublistLetter(item));
                    list(key, tokens, i, true);
                    key.append(END);
                    return;
                }
                item(key, item);
            }
        }

        private static String strip(String token) {
            return token.startsWith(".") || token.startsWith("-") ? token.substring(1) : token;
        }

        private static void item(StringBuilder key, String item) {
            if (SortKeys.isDigits(item)) {
                key.append(NUMBER);
                SortKeys.number(key, item);
                return;
            }
            Character rank = QUALIFIER_RANKS.get(item);
            key.append(rank != null && rank < RELEASE ? QUALIFIER_BELOW_MISSING : QUALIFIER_ABOVE_MISSING);
            if (rank != null) {
                key.append(rank.charValue());
            } else {
                key.append(UNKNOWN_QUALIFIER);
                SortKeys.text(key, item);
            }
        }

        private static char sublistLetter(String first) {
            if (SortKeys.isDigits(first)) {
                return LIST_OF_NUMBER;
            }
            Character rank = QUALIFIER_RANKS.get(first);
            return rank != null && rank < RELEASE ? LIST_BELOW_MISSING : LIST_ABOVE_MISSING;
        }
    }

    private static final class Pep440Order {
        private static final String SEP = "[-_.]?";
        private static final Pattern VERSION = Pattern.compile("v?(?:(?<epoch>\\d+)!)?(?<release>\\d+(?:\\.\\d+)*)"
                + "(?:" + SEP + "(?<pre>alpha|beta|preview|pre|rc|a|b|c)" + SEP + "(?<preN>\\d+)?)?"
                + "(?:-(?<postImplicit>\\d+)|" + SEP + "(?:post|rev|r)" + SEP + "(?<postN>\\d+)?(?<post>))?"
                + "(?:" + SEP + "dev" + SEP + "(?<devN>\\d+)?(?<dev>))?"
                + "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?");

        static String sortKey(String version) {
            StringBuilder key = new StringBuilder();
            Matcher m = VERSION.matcher(version.trim().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                key.append('0');
                LooseVersions.key(key, version);
                return SortKeys.cut(key);
            }
            key.append('1');
            SortKeys.number(key, m.group("epoch") == null ? "0" : m.group("epoch"));
            release(key, m.group("release"));
            boolean post = m.group("postImplicit") != null || m.group("post") != null;
            boolean dev = m.group("dev") != null;
            String pre = m.group("pre");
            if (pre == null) {
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
            return SortKeys.cut(key);
        }

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
                default -> 'D';
            };
        }

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

    private static final class NuGetOrder {
        private static final String LABELS = "[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*";
        private static final Pattern VERSION = Pattern.compile(
                "(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:\\.(\\d+))?(?:-(" + LABELS + "))?(?:\\+" + LABELS + ")?");

        static String sortKey(String version) {
            StringBuilder key = new StringBuilder();
            Matcher m = VERSION.matcher(version.trim());
            if (!m.matches()) {
                key.append('0');
                LooseVersions.key(key, version);
                return SortKeys.cut(key);
            }
            key.append('1');
            for (int part = 1; part <= 4; part++) {
                SortKeys.number(key, m.group(part) == null ? "0" : m.group(part));
            }
            String labels = m.group(5);
            if (labels == null) {
                key.append('~');
            } else {
                key.append('-');
                SemVerIdentifiers.key(key, List.of(labels.toLowerCase(Locale.ROOT).split("\\.")));
            }
            return SortKeys.cut(key);
        }
    }

    private static final class RubyGemsOrder {
        private static final Pattern VERSION = Pattern.compile("[0-9]+(?:\\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?");
        private static final Pattern SEGMENT = Pattern.compile("[0-9]+|[a-zA-Z]+");
        private static final char TEXT = 'K';
        private static final char END = 'M';
        private static final char NUMBER = 'N';

        static String sortKey(String version) {
            StringBuilder key = new StringBuilder();
            String trimmed = version.trim();
            if (!VERSION.matcher(trimmed).matches()) {
                key.append('0');
                LooseVersions.key(key, version);
                return SortKeys.cut(key);
            }
            key.append('1');
            List<String> segments = new ArrayList<>();
            Matcher m = SEGMENT.matcher(trimmed.replace("-", ".pre."));
            while (m.find()) {
                segments.add(m.group());
            }
            int firstText = 0;
            while (firstText < segments.size() && SortKeys.isDigits(segments.get(firstText))) {
                firstText++;
            }
            segments(key, withoutTrailingZeros(segments.subList(0, firstText)));
            segments(key, withoutTrailingZeros(segments.subList(firstText, segments.size())));
            key.append(END);
            return SortKeys.cut(key);
        }

        private static List<String> withoutTrailingZeros(List<String> segments) {
            int length = segments.size();
            while (length > 0 && SortKeys.isDigits(segments.get(length - 1)) && segments.get(length - 1).matches("0+")) {
                length--;
            }
            return segments.subList(0, length);
        }

        private static void segments(StringBuilder key, List<String> segments) {
            for (String segment : segments) {
                if (SortKeys.isDigits(segment)) {
                    key.append(NUMBER);
                    SortKeys.number(key, segment);
                } else {
                    key.append(TEXT);
                    SortKeys.text(key, segment);
                }
            }
        }
    }
}
