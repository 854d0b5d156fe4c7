package dev.packyard.model.versions;

import static dev.packyard.model.versions.OrderAssertions.ascending;
import static dev.packyard.model.versions.OrderAssertions.equal;

import org.junit.jupiter.api.Test;

class RubyGemsOrderTest {
    private final VersionOrder order = RubyGemsOrder.INSTANCE;

    @Test
    void aLetterMakesAPreReleaseThatSortsBeforeItsRelease() {
        ascending(order, "0.9", "1.0.a", "1.0.a.2", "1.0.a10", "1.0.b1", "1.0.pre", "1.0.rc1", "1.0.rc2", "1.0", "1.0.1",
                "1.1.beta", "1.1");
    }

    @Test
    void segmentsCompareByValueAndTrailingZerosDoNotCount() {
        ascending(order, "1.9.3", "1.10", "1.10.0.1", "2", "10.0");
        equal(order, "1", "1.0", "1.0.0");
        equal(order, "1.0.a", "1.a", "1.0.0.a");
        equal(order, "2.0.0.rc1", "2.0.0.rc.1", "2.0.0rc1");
    }

    @Test
    void aDashReadsAsPre() {
        equal(order, "1.0.0-rc1", "1.0.0.pre.rc1");
        ascending(order, "1.0.0-beta", "1.0.0.rc1", "1.0.0");
    }

    @Test
    void textSegmentsCompareByCharacter() {
        ascending(order, "1.0.A", "1.0.a", "1.0.alpha", "1.0.b", "1.0.beta", "1.0.rc");
    }

    @Test
    void versionsRubyGemsCannotReadSortFirst() {
        ascending(order, "1..0", "latest", "0.0.1");
    }
}
