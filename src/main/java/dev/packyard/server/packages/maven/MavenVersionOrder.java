package dev.packyard.server.packages.maven;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders Maven versions closely enough to Maven's own rules for maven-metadata.xml: numeric parts numerically,
 * a qualified version (1.0-beta) before its release (1.0), text parts alphabetically.
 */
final class MavenVersionOrder implements Comparator<String> {
    static final MavenVersionOrder INSTANCE = new MavenVersionOrder();

    @Override
    public int compare(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        int n = Math.max(x.length, y.length);
        for (int i = 0; i < n; i++) {
            String p = i < x.length ? x[i] : null;
            String q = i < y.length ? y[i] : null;
            if (p == null) {
                return isNumber(q) ? -1 : 1;
            }
            if (q == null) {
                return isNumber(p) ? 1 : -1;
            }
            int c;
            if (isNumber(p) && isNumber(q)) {
                c = new BigInteger(p).compareTo(new BigInteger(q));
            } else if (isNumber(p)) {
                c = 1;
            } else if (isNumber(q)) {
                c = -1;
            } else {
                c = p.compareToIgnoreCase(q);
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }
}
