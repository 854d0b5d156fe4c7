package dev.packyard.model.versions;

/**
 * The order for a version a format's rules cannot read (a registry that holds {@code 2.0} where SemVer wants three
 * numbers, or a legacy PyPI version): runs of digits compare as numbers, other runs as text, a digit run before a
 * text run. No specification covers these, so it is written here; it only has to be deterministic. Each format puts
 * such versions before every version it can read, so they never become the newest.
 */
final class LooseVersions {
    private LooseVersions() {
    }

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
