package dev.packyard.model.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RubyGems' {@code Gem::Version} order. A version is split into segments at dots and wherever digits meet letters
 * ({@code 1.0.b1} is 1, 0, b, 1; a {@code -} reads as {@code .pre.}); any letter makes it a pre-release. Trailing zeros
 * of the release part and of the pre-release part are dropped, then segments compare one by one, a missing one as
 * 0: numbers by value, text by character, text below a number, so {@code 1.0.a < 1.0 < 1.0.1}.
 *
 * <p>Hand-written: the rules are Ruby's, with no Java library. The order is the sort key's order. Versions RubyGems
 * cannot read sort before the ones it can.
 */
public final class RubyGemsOrder extends KeyedOrder {
    public static final RubyGemsOrder INSTANCE = new RubyGemsOrder();

    private static final Pattern VERSION = Pattern.compile("[0-9]+(?:\\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?");
    private static final Pattern SEGMENT = Pattern.compile("[0-9]+|[a-zA-Z]+");
    private static final char TEXT = 'K';
    private static final char END = 'M';
    private static final char NUMBER = 'N';

    private RubyGemsOrder() {
    }

    @Override
    boolean appendKey(StringBuilder key, String version) {
        String trimmed = version.trim();
        if (!VERSION.matcher(trimmed).matches()) {
            return false;
        }
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
        return true;
    }

    private static List<String> withoutTrailingZeros(List<String> segments) {
        int length = segments.size();
        while (length > 0 && SortKeys.isDigits(segments.get(length - 1)) && segments.get(length - 1).matches("0+")) {
            length--;
        }
        return segments.subList(0, length);
    }

    /** Text below a missing segment (which counts as 0) below a number. */
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
