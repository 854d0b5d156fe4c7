package dev.packyard.model.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Checks an order and its sort key against a list the specification gives in ascending order. */
final class OrderAssertions {
    private OrderAssertions() {
    }

    /** Each version comes strictly before the next, in precedence, in the listing order and by sort key. */
    static void ascending(VersionOrder order, String... versions) {
        for (int i = 0; i + 1 < versions.length; i++) {
            assertThat(order.precedence(versions[i], versions[i + 1])).as("%s before %s", versions[i], versions[i + 1])
                    .isNegative();
            assertThat(order.precedence(versions[i + 1], versions[i])).as("%s after %s", versions[i + 1], versions[i])
                    .isPositive();
        }
        List<String> expected = List.of(versions);
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(versions.length));
        List<String> byComparator = new ArrayList<>(shuffled);
        byComparator.sort(order);
        assertThat(byComparator).containsExactlyElementsOf(expected);
        List<String> byKey = new ArrayList<>(shuffled);
        byKey.sort(Comparator.comparing(order::sortKey));
        assertThat(byKey).as("sorted by key").containsExactlyElementsOf(expected);
    }

    /** The format holds these versions equal: zero precedence and one sort key. */
    static void equal(VersionOrder order, String version, String... sameVersions) {
        for (String same : sameVersions) {
            assertThat(order.precedence(version, same)).as("%s equals %s", version, same).isZero();
            assertThat(order.sortKey(same)).as("key of %s", same).isEqualTo(order.sortKey(version));
        }
    }

    /** For every pair, the sort key orders as the library does (the stored key and the format's rules agree). */
    static void keyAgreesWith(Comparator<String> library, VersionOrder order, List<String> versions) {
        Map<String, String> keys = new HashMap<>();
        versions.forEach(v -> keys.put(v, order.sortKey(v)));
        for (String a : versions) {
            for (String b : versions) {
                assertThat(Integer.signum(keys.get(a).compareTo(keys.get(b))))
                        .as("key order of %s and %s", a, b).isEqualTo(Integer.signum(library.compare(a, b)));
            }
        }
    }
}
