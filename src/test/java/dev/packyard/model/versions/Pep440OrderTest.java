package dev.packyard.model.versions;

import static dev.packyard.model.versions.OrderAssertions.ascending;
import static dev.packyard.model.versions.OrderAssertions.equal;

import org.junit.jupiter.api.Test;

class Pep440OrderTest {
    private final VersionOrder order = Pep440Order.INSTANCE;

    /** The ordering example of PEP 440's "Summary of permitted suffixes and relative ordering". */
    @Test
    void suffixesOrderAsThePepsExample() {
        ascending(order, "1.dev0", "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12", "1.0b1.dev456",
                "1.0b2", "1.0b2.post345.dev456", "1.0b2.post345", "1.0rc1.dev456", "1.0rc1", "1.0", "1.0+abc.5", "1.0+abc.7",
                "1.0+5", "1.0.post456.dev34", "1.0.post456", "1.0.15", "1.1.dev1");
    }

    @Test
    void theEpochComesFirst() {
        ascending(order, "2013.10", "2014.04", "1!1.0", "1!1.1", "1!2.0", "2!0.1");
        equal(order, "1.0", "0!1.0");
    }

    @Test
    void releaseNumbersCompareByValueAndTrailingZerosDoNotCount() {
        ascending(order, "0.9", "1.0", "1.0.1", "1.9", "1.10", "2.0", "10.0");
        equal(order, "1.0", "1", "1.0.0", "1.00.0");
    }

    @Test
    void spellingsNormaliseAsThePepSays() {
        equal(order, "1.0a1", "1.0alpha1", "1.0-a-1", "1.0.A1", "1.0a.1", "v1.0a1", " 1.0a1 ");
        equal(order, "1.0b2", "1.0beta2", "1.0_b_2");
        equal(order, "1.0rc1", "1.0c1", "1.0pre1", "1.0preview1", "1.0-RC-1");
        equal(order, "1.0a0", "1.0a");
        equal(order, "1.0.post1", "1.0-1", "1.0post1", "1.0.rev1", "1.0-r-1");
        equal(order, "1.0.post0", "1.0.post", "1.0-post");
        equal(order, "1.0.dev0", "1.0.dev", "1.0-dev", "1.0dev0");
        equal(order, "1.0+ubuntu.1", "1.0+ubuntu-1", "1.0+Ubuntu_1");
    }

    @Test
    void localVersionsComeAfterThePublicOneNumericPartsAboveText() {
        ascending(order, "1.0", "1.0+abc", "1.0+abc.5", "1.0+abc.5.1", "1.0+abc.7", "1.0+abd", "1.0+5", "1.0+10",
                "1.0.post1");
    }

    @Test
    void versionsPep440CannotReadSortFirst() {
        ascending(order, "1.0.0.dev-x~", "dev", "latest", "0.1");
    }
}
