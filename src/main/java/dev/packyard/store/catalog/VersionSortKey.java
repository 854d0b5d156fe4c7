package dev.packyard.store.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A string that sorts versions the way people read them: every run of digits is compared as a number, so 1.9.0
 * comes before 1.10.0, and 2.0.0 before 10.0.0. Text parts compare as text. Stored beside the version so listings
 * can page through versions in this order with plain SQL.
 */
public final class VersionSortKey {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final int WIDTH = 12;
    private static final int MAX_LENGTH = 1000;

    private VersionSortKey() {
    }

    public static String of(String version) {
        Matcher m = DIGITS.matcher(version);
        StringBuilder key = new StringBuilder();
        int last = 0;
        while (m.find()) {
            key.append(version, last, m.start());
            String digits = m.group().replaceFirst("^0+(?=\\d)", "");
            // Numbers too long to pad still sort after every padded one: their width prefix is larger.
            key.append(digits.length() <= WIDTH ? "0".repeat(WIDTH - digits.length()) + digits : "~" + digits);
            last = m.end();
        }
        key.append(version.substring(last));
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key.toString();
    }
}
