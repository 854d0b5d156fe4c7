package dev.packyard.model.versions;

import com.github.zafarkhaja.semver.Version;
import java.util.List;
import java.util.Optional;

/**
 * Semantic Versioning 2.0.0 precedence (npm, Cargo, Swift, generic): major, minor and patch as numbers, a
 * pre-release before its release, pre-release identifiers one by one (numeric ones by value and before alphanumeric
 * ones, those in ASCII order, a shorter list first), build metadata ignored. Versions that are not SemVer sort before
 * all that are, in {@link LooseVersions} order.
 *
 * <p>java-semver reads the version (the grammar: no leading zeros, no {@code v}, identifier characters). The
 * precedence rules are the sort key's, because both Java libraries checked depart from the specification for some
 * identifiers: semver4j puts {@code alpha10} after {@code alpha2}, java-semver compares a numeric identifier with an
 * alphanumeric one as text ({@code 2} after {@code 10a}).
 */
public final class SemVerOrder extends KeyedOrder {
    public static final SemVerOrder INSTANCE = new SemVerOrder();

    private SemVerOrder() {
    }

    @Override
    boolean appendKey(StringBuilder key, String version) {
        Optional<Version> parsed = Version.tryParse(version);
        if (parsed.isEmpty()) {
            return false;
        }
        Version v = parsed.get();
        SortKeys.number(key, v.majorVersion());
        SortKeys.number(key, v.minorVersion());
        SortKeys.number(key, v.patchVersion());
        Optional<String> preRelease = v.preReleaseVersion();
        if (preRelease.isEmpty()) {
            key.append('~');
        } else {
            key.append('-');
            SemVerIdentifiers.key(key, List.of(preRelease.get().split("\\.")));
        }
        return true;
    }
}
