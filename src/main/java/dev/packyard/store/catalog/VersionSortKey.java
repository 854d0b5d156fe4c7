package dev.packyard.store.catalog;

import dev.packyard.model.PackageFormat;

/**
 * The key stored beside each version (column {@code version_sort}) so listings page through versions in the
 * format's own order with plain SQL. It is the format's {@link dev.packyard.model.versions.VersionOrder} key, so
 * SQL and in-memory sorting agree. Changing how a key is computed needs a migration that recomputes the stored keys
 * (V10_60 did so for the per-format orders).
 */
public final class VersionSortKey {
    private VersionSortKey() {
    }

    public static String of(PackageFormat format, String version) {
        return format.versionOrder().sortKey(version);
    }
}
