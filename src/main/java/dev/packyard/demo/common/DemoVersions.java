package dev.packyard.demo.common;

import java.util.Comparator;

/**
 * Version order and "next version" for the demo catalogue. Every demo version is plain dotted numbers
 * (1.2.0), which sorts the same under semver, PEP 440 and Maven's ordering, so one rule serves all formats.
 */
public final class DemoVersions {
    public static final Comparator<String> ORDER = DemoVersions::compare;

    private DemoVersions() {
    }

    public static int compare(String a, String b) {
        int[] x = parse(a);
        int[] y = parse(b);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int left = i < x.length ? x[i] : 0;
            int right = i < y.length ? y[i] : 0;
            if (left != right) {
                return Integer.compare(left, right);
            }
        }
        return 0;
    }

    /** The patch release after {@code version}: 1.2.0 becomes 1.2.1. */
    public static String nextPatch(String version) {
        int[] parts = parse(version);
        int[] next = java.util.Arrays.copyOf(parts, Math.max(parts.length, 3));
        next[next.length - 1]++;
        StringBuilder text = new StringBuilder();
        for (int part : next) {
            text.append(text.length() == 0 ? "" : ".").append(part);
        }
        return text.toString();
    }

    private static int[] parse(String version) {
        String[] pieces = version.split("\\.");
        int[] numbers = new int[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            try {
                numbers[i] = Integer.parseInt(pieces[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Demo versions are dotted numbers like 1.2.0, not '" + version + "'");
            }
        }
        return numbers;
    }
}
