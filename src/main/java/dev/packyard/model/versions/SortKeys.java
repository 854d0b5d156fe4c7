package dev.packyard.model.versions;

/**
 * Pieces the formats' sort keys are built from. Keys compare as plain strings, so each piece is written so that
 * string order equals the order of what it stands for.
 */
final class SortKeys {
    /** Ends a text piece; below every character a version may hold (versions never contain whitespace). */
    static final char END_OF_TEXT = ' ';

    private SortKeys() {
    }

    /**
     * A non-negative decimal number of any length: leading zeros dropped, then the digit count as letters
     * ({@code a} = 1 digit … {@code z} = 26, then {@code za} = 27 …) so a longer number sorts after a shorter one.
     */
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

    /** Text compared character by character, a prefix before anything longer. */
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
        return key.length() > VersionOrder.MAX_KEY_LENGTH ? key.substring(0, VersionOrder.MAX_KEY_LENGTH) : key.toString();
    }
}
