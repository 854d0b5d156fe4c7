package dev.packyard.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A search of the packages of every repository in a domain, as a user types it into the console: format words
 * ("npm", "maven"), then one term. The term is the start of a package name or of a namespace ({@code tree},
 * {@code dev.packyard}); {@code @scope/na} or {@code group:art} name the namespace exactly and give the start of the
 * name. Every part is optional; a search with no part at all matches nothing.
 *
 * @param format     only this format; null for every format
 * @param namespace  exactly this namespace (an npm scope without '@', a Maven group); null for any
 * @param namePrefix the start of the package name, within {@code namespace} when that is given
 * @param text       the start of either the name or the namespace; null when the term named a namespace
 */
public record PackageSearch(PackageFormat format, String namespace, String namePrefix, String text) {
    public static final PackageSearch NOTHING = new PackageSearch(null, null, null, null);

    public PackageSearch {
        namespace = blankToNull(namespace);
        namePrefix = blankToNull(namePrefix);
        text = blankToNull(text);
    }

    /** Reads what a user typed: "npm tree", "@demo/", "dev.packyard.demo:al", "maven dev.packyard". */
    public static PackageSearch parse(String typed) {
        PackageFormat format = null;
        String term = null;
        for (String word : (typed == null ? "" : typed.strip()).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            Optional<PackageFormat> named = PackageFormat.fromWireName(word.toLowerCase(Locale.ROOT));
            if (named.isPresent() && format == null) {
                format = named.get();
            } else if (term == null) {
                term = word;
            }
        }
        if (term == null) {
            return new PackageSearch(format, null, null, null);
        }
        if (term.startsWith("@")) {
            int slash = term.indexOf('/');
            // "@demo" alone is the start of a scope; "@demo/gr" is scope demo and names starting with gr.
            return slash < 0 ? new PackageSearch(format == null ? PackageFormat.NPM : format, null, null, term.substring(1))
                    : new PackageSearch(format == null ? PackageFormat.NPM : format, term.substring(1, slash),
                    term.substring(slash + 1), null);
        }
        int colon = term.indexOf(':');
        if (colon > 0) {
            return new PackageSearch(format == null ? PackageFormat.MAVEN : format, term.substring(0, colon),
                    term.substring(colon + 1), null);
        }
        return new PackageSearch(format, null, null, format == null ? term : PackageCoordinate.normaliseName(format, term));
    }

    /** Whether there is anything to search for. */
    public boolean isEmpty() {
        return format == null && namespace == null && namePrefix == null && text == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
