package dev.packyard.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PackageCoordinateTest {
    @Test
    void aNameWrittenTheWayTheFormatsUsersWriteItReadsBackAsTheSameDisplayName() {
        for (String[] written : new String[][] {{"npm", "@demo/greeter"}, {"npm", "tree-leaf"},
                {"maven", "dev.packyard.demo:alpha"}, {"pypi", "fetchy"}}) {
            PackageFormat format = PackageFormat.fromWireName(written[0]).orElseThrow();
            assertThat(PackageCoordinate.written(format, " " + written[1] + " ").displayName()).isEqualTo(written[1]);
        }
        assertThat(PackageCoordinate.written(PackageFormat.NPM, "@demo/greeter"))
                .isEqualTo(new PackageCoordinate(PackageFormat.NPM, "demo", "greeter"));
        assertThat(PackageCoordinate.written(PackageFormat.PYPI, "Tidy_Text").name()).isEqualTo("tidy-text");
    }

    @Test
    void aMavenNameNeedsItsGroupAndItsArtifact() {
        for (String bad : new String[] {"alpha", ":alpha", "dev.packyard:"}) {
            assertThatThrownBy(() -> PackageCoordinate.written(PackageFormat.MAVEN, bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group:artifact");
        }
    }
}
