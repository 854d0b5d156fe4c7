package dev.packyard.model.versions;

import static dev.packyard.model.versions.OrderAssertions.ascending;
import static dev.packyard.model.versions.OrderAssertions.equal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SemVerOrderTest {
    private final VersionOrder order = SemVerOrder.INSTANCE;

    @Test
    void preReleasesFollowTheSpecificationsPrecedenceList() {
        ascending(order, "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
                "1.0.0-rc.1", "1.0.0");
    }

    @Test
    void numbersCompareNumericallyMajorThenMinorThenPatch() {
        ascending(order, "1.0.0", "1.9.0", "1.10.0", "1.11.0", "2.0.0", "2.1.0", "2.1.1", "10.0.0");
    }

    @Test
    void aPreReleaseOfTheNextVersionComesAfterTheCurrentRelease() {
        ascending(order, "1.9.0", "1.10.0-beta.2", "1.10.0-beta.10", "1.10.0");
    }

    @Test
    void buildMetadataDoesNotChangePrecedence() {
        equal(order, "1.0.0", "1.0.0+20130313144700", "1.0.0+exp.sha.5114f85");
        equal(order, "1.0.0-beta", "1.0.0-beta+exp.sha.5114f85");
        assertThat(order.compare("1.0.0+b", "1.0.0+a")).as("ties fall back to the text").isPositive();
    }

    @Test
    void alphanumericIdentifiersCompareInAsciiAndShorterSetsFirst() {
        ascending(order, "1.0.0-Alpha", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.1.1", "1.0.0-alpha1", "1.0.0-alpha10",
                "1.0.0-alpha2", "1.0.0-beta-2", "1.0.0-beta2");
    }

    @Test
    void numericIdentifiersComeBeforeAlphanumericOnesEvenWhenThoseStartWithDigitsOrAHyphen() {
        ascending(order, "1.0.0-0", "1.0.0-2", "1.0.0-10", "1.0.0--", "1.0.0-10a", "1.0.0-2a", "1.0.0-a");
    }

    @Test
    void versionsThatAreNotSemVerSortBeforeAllThatAreAndDeterministically() {
        ascending(order, "1.0", "1.0.0.1", "1.2", "1.10", "latest", "0.0.1", "1.0.0");
    }

    @Test
    void theHighestIsTheNewestRelease() {
        assertThat(order.highest(List.of("1.2.0", "1.10.0-rc.1", "1.9.0", "1.10.0", "1.4.3"))).contains("1.10.0");
    }
}
