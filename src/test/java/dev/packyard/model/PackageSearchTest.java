package dev.packyard.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How what a user types into the console's domain search is read. */
class PackageSearchTest {
    @Test
    void aWordIsTheStartOfANameOrANamespace() {
        assertThat(PackageSearch.parse("  tree ")).isEqualTo(new PackageSearch(null, null, null, "tree"));
    }

    @Test
    void aFormatWordNarrowsInAnyPositionAndNormalisesTheTermAsThatFormatStoresNames() {
        assertThat(PackageSearch.parse("PyPI Tidy_Text")).isEqualTo(new PackageSearch(PackageFormat.PYPI, null, null, "tidy-text"));
        assertThat(PackageSearch.parse("tree npm")).isEqualTo(new PackageSearch(PackageFormat.NPM, null, null, "tree"));
        assertThat(PackageSearch.parse("maven")).isEqualTo(new PackageSearch(PackageFormat.MAVEN, null, null, null));
    }

    @Test
    void aScopeOrAGroupIsANamespaceAndTheRestTheStartOfTheName() {
        assertThat(PackageSearch.parse("@demo/gr")).isEqualTo(new PackageSearch(PackageFormat.NPM, "demo", "gr", null));
        assertThat(PackageSearch.parse("@demo")).as("the start of a scope")
                .isEqualTo(new PackageSearch(PackageFormat.NPM, null, null, "demo"));
        assertThat(PackageSearch.parse("dev.packyard.demo:al"))
                .isEqualTo(new PackageSearch(PackageFormat.MAVEN, "dev.packyard.demo", "al", null));
        assertThat(PackageSearch.parse("dev.packyard.demo:")).isEqualTo(new PackageSearch(PackageFormat.MAVEN, "dev.packyard.demo", null, null));
    }

    @Test
    void nothingTypedIsNothingToSearchFor() {
        assertThat(PackageSearch.parse("   ").isEmpty()).isTrue();
        assertThat(PackageSearch.parse(null).isEmpty()).isTrue();
        assertThat(PackageSearch.parse("npm").isEmpty()).isFalse();
    }
}
