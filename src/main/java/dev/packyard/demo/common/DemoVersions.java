package dev.packyard.demo.common;

/**
 * "Next version" for the demo catalogue. Every demo version is plain dotted numbers (1.2.0); the shelves order them
 * with each format's own version order.
 */
public final class DemoVersions {
    private DemoVersions() {
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
