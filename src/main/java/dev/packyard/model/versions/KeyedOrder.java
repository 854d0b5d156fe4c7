package dev.packyard.model.versions;

/**
 * An order that is its sort key's order, for the formats whose precedence rules are written here: a version the
 * format reads gets {@code 1} and its key, any other {@code 0} and its {@link LooseVersions} key, so those sort first.
 */
abstract class KeyedOrder implements VersionOrder {
    @Override
    public final int precedence(String a, String b) {
        return sortKey(a).compareTo(sortKey(b));
    }

    @Override
    public final String sortKey(String version) {
        StringBuilder key = new StringBuilder("1");
        if (!appendKey(key, version)) {
            key.setLength(0);
            key.append('0');
            LooseVersions.key(key, version);
        }
        return SortKeys.cut(key);
    }

    /** Appends the key of a version the format reads, or answers false when the format cannot read it. */
    abstract boolean appendKey(StringBuilder key, String version);
}
