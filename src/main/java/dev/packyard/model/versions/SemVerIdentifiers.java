package dev.packyard.model.versions;

import java.util.List;

/**
 * Dot-separated pre-release identifiers as SemVer compares them (NuGet too, after lower-casing): a numeric one by
 * value and before any alphanumeric one, alphanumeric ones by ASCII, and a shorter list before a longer one it
 * begins. The key ends after the last identifier, so that last rule needs no marker.
 */
final class SemVerIdentifiers {
    private SemVerIdentifiers() {
    }

    static void key(StringBuilder key, List<String> identifiers) {
        for (String id : identifiers) {
            if (SortKeys.isDigits(id)) {
                key.append('1');
                SortKeys.number(key, id);
            } else {
                key.append('2');
                SortKeys.text(key, id);
            }
        }
    }
}
