package dev.packyard.model.versions;

import static dev.packyard.model.versions.OrderAssertions.ascending;
import static dev.packyard.model.versions.OrderAssertions.equal;

import org.junit.jupiter.api.Test;

class NuGetOrderTest {
    private final VersionOrder order = NuGetOrder.INSTANCE;

    @Test
    void preReleasesComeBeforeTheirReleaseAndFourPartVersionsAfter() {
        ascending(order, "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
                "1.0.0-rc.1", "1.0.0", "1.0.0.1", "1.0.1-beta", "1.0.1", "1.0.10", "1.1", "2.0.0.0", "10.0");
    }

    @Test
    void missingAndLeadingZerosNormalise() {
        equal(order, "1.0.0", "1", "1.0", "1.0.0.0", "01.00.000");
        equal(order, "1.0.1", "1.0.01");
        equal(order, "1.2.3.4", "1.2.3.04");
    }

    @Test
    void labelsCompareWithoutCaseNumbersByValueBeforeText() {
        equal(order, "1.0.0-beta", "1.0.0-Beta", "1.0.0-BETA");
        equal(order, "1.0.0-RC.1", "1.0.0-rc.1");
        ascending(order, "1.0.0-2", "1.0.0-10", "1.0.0-a", "1.0.0-Alpha.2", "1.0.0-alpha.10", "1.0.0-BETA", "1.0.0-beta1",
                "1.0.0-beta10", "1.0.0-beta2");
    }

    @Test
    void buildMetadataIsIgnored() {
        equal(order, "1.0.0", "1.0.0+githash", "1.0.0.0+build.7");
        equal(order, "1.0.0-rc.1", "1.0.0-RC.1+sha.9");
    }

    @Test
    void versionsNuGetCannotReadSortFirst() {
        ascending(order, "1.0.0.0.0", "latest", "0.0.1");
    }
}
