package dev.packyard.model.versions;

import static dev.packyard.model.versions.OrderAssertions.ascending;
import static dev.packyard.model.versions.OrderAssertions.equal;
import static dev.packyard.model.versions.OrderAssertions.keyAgreesWith;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.maven.artifact.versioning.ComparableVersion;
import org.junit.jupiter.api.Test;

class MavenOrderTest {
    private final VersionOrder order = MavenOrder.INSTANCE;
    private final Comparator<String> library = Comparator.comparing(ComparableVersion::new);

    @Test
    void knownQualifiersComeInMavensOrderAroundTheRelease() {
        ascending(order, "1.0-alpha-1", "1.0-alpha-2", "1.0-beta-1", "1.0-milestone-1", "1.0-rc-1", "1.0-SNAPSHOT", "1.0",
                "1.0-sp-1", "1.0-abc", "1.0-xyz", "1.0-1", "1.0.1");
    }

    @Test
    void aSnapshotComesBeforeItsReleaseAndAfterThePreviousOne() {
        ascending(order, "1.9.0", "1.10.0-alpha-1", "1.10.0-rc-1-SNAPSHOT", "1.10.0-rc-1", "1.10.0-SNAPSHOT", "1.10.0",
                "1.10.1-SNAPSHOT", "1.10.1");
    }

    @Test
    void numbersCompareByValueAndTrailingZerosDoNotCount() {
        ascending(order, "1", "1.0.0.1", "1.1", "1.9", "1.10", "2", "10", "123456789012345678901234567890");
        equal(order, "1", "1.0", "1.0.0", "1.0.0.0");
    }

    @Test
    void aliasesMeanTheSameQualifier() {
        equal(order, "1.0", "1.0-ga", "1.0-final", "1.0.RELEASE", "1.0-GA");
        equal(order, "1.0-alpha-1", "1.0-a1", "1.0-ALPHA-1");
        equal(order, "1.0-beta-2", "1.0-b2");
        equal(order, "1.0-milestone-3", "1.0-m3");
        equal(order, "1.0-rc-1", "1.0-cr-1", "1.0-RC1");
        equal(order, "1.0-SNAPSHOT", "1.0-snapshot");
    }

    @Test
    void qualifierNumbersCompareByValue() {
        ascending(order, "1.0-alpha-2", "1.0-alpha-10", "1.0-beta2", "1.0-beta10", "1.0-foo2", "1.0-foo10");
    }

    @Test
    void orderAgreesWithComparableVersionForEveryPair() {
        keyAgreesWith(library, order, List.of("1", "1.0.1", "1-1", "1-2", "1-0.1", "1.1-alpha", "1.1-alpha.1",
                "1.1-alpha-1", "1.1-alpha1-SNAPSHOT", "1.1-beta", "1.1-milestone-2", "1.1-rc", "1.1-cr-3", "1.1-SNAPSHOT",
                "1.1", "1.1.0-ga", "1.1-sp", "1.1-sp-1", "1.1-sp.1", "1.1-foo", "1.1-foo-bar", "1.1.foo", "1.1-1", "1.1-1-SNAPSHOT",
                "1.1.1", "1.2.3.v20200101", "2.0.0.Final", "2.0.0.RC2", "3.0.0-M1", "31.1-jre", "31.1-android",
                "99999999999999999999.1", "1-ga-1", "1.0.0-beta.2", "1a1b2"));
    }

    /**
     * Versions of the usual shapes put together at random (seeded): numbers, then a qualifier with or without a
     * number, then perhaps a snapshot, with every separator Maven reads. Every pair is ordered by key as by the library
     * (a qualifier after a dot ends the version here: followed by more, that is where the library is not transitive).
     */
    @Test
    void orderAgreesWithComparableVersionOnGeneratedVersions() {
        String[] qualifiers = {"alpha", "a", "beta", "b", "m", "milestone", "rc", "cr", "RC", "sp", "jre", "android", "Final",
                "RELEASE", "v", "foo"};
        String[] separators = {".", "", "-"};
        Random random = new Random(12);
        List<String> versions = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            StringBuilder v = new StringBuilder().append(random.nextInt(3));
            for (int n = random.nextInt(4); n > 0; n--) {
                v.append('.').append(random.nextInt(12));
            }
            boolean afterDot = random.nextBoolean();
            if (random.nextBoolean()) {
                v.append(afterDot ? "." : "-").append(qualifiers[random.nextInt(qualifiers.length)]);
                if (!afterDot && random.nextBoolean()) {
                    v.append(separators[random.nextInt(separators.length)]).append(random.nextInt(12));
                }
            }
            if (!afterDot && random.nextInt(4) == 0) {
                v.append("-SNAPSHOT");
            }
            versions.add(v.toString());
        }
        keyAgreesWith(library, order, versions);
    }
}
