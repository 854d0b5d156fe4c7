package dev.packyard.model.versions;

import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * Maven's own order, {@link ComparableVersion} from maven-artifact: numbers numerically, {@code alpha < beta <
 * milestone < rc < snapshot < (release) < sp}, other qualifiers after those, {@code 1.0 == 1}.
 *
 * <p>The sort key is built from the library's canonical form, where it has already applied the aliases
 * ({@code cr} → {@code rc}, {@code ga}/{@code final}/{@code release} → release, {@code a1} → {@code alpha-1}),
 * dropped trailing zeros and split number/letter changes. In that form {@code .} separates items of one list and
 * {@code -} opens a sub-list that runs to the end. At each position an item compares as: a qualifier below a
 * sub-list below a number, and a missing item (the shorter version) like zero or the release; the key's letters
 * follow that ladder, with a sub-list's letter saying whether it sorts below or above a missing item.
 *
 * <p>The order is the key's order, so it is transitive everywhere, which the library's {@code compareTo} is not for
 * one rare shape, a qualifier after a dot with more after it: {@code 1.b-7} comes after {@code 1}, which comes after
 * {@code 1-alpha8}, which the library puts after {@code 1.b-7} (likewise {@code 0.rc.1}, {@code ""} and
 * {@code 0-sp}); no order can agree with all three, and sorting with such a comparator can fail. The other shape
 * where key and library differ is a release alias in the middle of a version ({@code 1-ga.2}), whose canonical form
 * loses it. For every other version the key orders as the library does (tested on generated versions).
 */
public final class MavenOrder implements VersionOrder {
    public static final MavenOrder INSTANCE = new MavenOrder();

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

    private MavenOrder() {
    }

    @Override
    public int precedence(String a, String b) {
        return sortKey(a).compareTo(sortKey(b));
    }

    @Override
    public String sortKey(String version) {
        String canonical = new ComparableVersion(version).getCanonical();
        List<String> tokens = List.of(canonical.split("(?=[.-])", -1));
        StringBuilder key = new StringBuilder();
        if (!canonical.isEmpty()) {
            list(key, tokens, 0, false);
        }
        key.append(END);
        return SortKeys.cut(key);
    }

    /**
     * Writes the list that starts at {@code tokens[from]}; each token keeps its separator. A sub-list's own first
     * token starts with the {@code -} that opened it; at the top a leading {@code -} (a version such as {@code 0-jre},
     * whose zero the library dropped) opens a sub-list in the first place.
     */
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

    /** A sub-list compares with a missing item as its first item does: a number or a qualifier from the release up is above. */
    private static char sublistLetter(String first) {
        if (SortKeys.isDigits(first)) {
            return LIST_OF_NUMBER;
        }
        Character rank = QUALIFIER_RANKS.get(first);
        return rank != null && rank < RELEASE ? LIST_BELOW_MISSING : LIST_ABOVE_MISSING;
    }
}
