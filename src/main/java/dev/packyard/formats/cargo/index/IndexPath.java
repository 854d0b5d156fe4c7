package dev.packyard.formats.cargo.index;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a crate's index file sits in a sparse registry, by the length of its lower-cased name: {@code 1/a},
 * {@code 2/ab}, {@code 3/a/abc}, and {@code ab/cd/abcd...} for four characters or more.
 */
public final class IndexPath {
    /** What crates.io accepts as a crate name: ASCII letters, digits, '-' and '_', starting with a letter. */
    private static final Pattern CRATE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private IndexPath() {
    }

    public static boolean validName(String name) {
        return name != null && CRATE_NAME.matcher(name).matches();
    }

    /** The index file's path for {@code crate}, without a leading slash. */
    public static String of(String crate) {
        String name = crate.toLowerCase(Locale.ROOT);
        return switch (name.length()) {
            case 1 -> "1/" + name;
            case 2 -> "2/" + name;
            case 3 -> "3/" + name.charAt(0) + "/" + name;
            default -> name.substring(0, 2) + "/" + name.substring(2, 4) + "/" + name;
        };
    }

    /** The crate an index path names, lower-cased as Cargo asks for it; empty if the path is not where its name belongs. */
    public static Optional<String> crateOf(String path) {
        String[] parts = path.split("/", -1);
        String name = parts[parts.length - 1];
        if (!validName(name) || parts.length < 2 || parts.length > 3) {
            return Optional.empty();
        }
        return of(name).equals(path.toLowerCase(Locale.ROOT)) ? Optional.of(name.toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
