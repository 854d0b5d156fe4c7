package dev.packyard.model.versions;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * How one package format orders its versions, from the format's own rules. Two views of the same order: a
 * comparator for lists held in memory, and a sort key stored beside each version so SQL can page through a
 * listing with {@code ORDER BY version_sort, version} and get the same order.
 *
 * <p>Versions the format treats as equal (Maven's {@code 1.0} and {@code 1.0.0}, SemVer builds that differ only in
 * their {@code +metadata}) have equal sort keys; both views then fall back to the version text, so the order is
 * total and the same everywhere.
 */
public interface VersionOrder extends Comparator<String> {
    /** Above this length a key is cut; versions are at most 255 characters, so only absurd ones come close. */
    int MAX_KEY_LENGTH = 1000;

    /** The format's precedence: negative when {@code a} comes first, zero when the format holds them equal. */
    int precedence(String a, String b);

    /** A string whose natural (ordinal) order is this order's precedence. */
    String sortKey(String version);

    /** Listing order: precedence, then the text, exactly as the catalogue's SQL orders stored versions. */
    @Override
    default int compare(String a, String b) {
        int byPrecedence = Integer.signum(precedence(a, b));
        return byPrecedence != 0 ? byPrecedence : a.compareTo(b);
    }

    /** The highest of {@code versions} in this order (pre-releases included). */
    default Optional<String> highest(Collection<String> versions) {
        return versions.stream().max(this);
    }
}
