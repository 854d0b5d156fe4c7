package dev.packyard.model.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The user guide's pattern grammar: the six allowed forms, what each catches, and patterns it rules out. */
class PackageGroupPatternTest {
    private static final PackageCoordinate UI = new PackageCoordinate(PackageFormat.NPM, "space", "anycompany-ui-components");
    private static final PackageCoordinate LOG4J = new PackageCoordinate(PackageFormat.MAVEN, "org.apache.logging.log4j",
            "log4j-core");
    private static final PackageCoordinate REQUESTS = new PackageCoordinate(PackageFormat.PYPI, null, "requests");
    private static final PackageCoordinate REACT = new PackageCoordinate(PackageFormat.NPM, null, "react");

    @ParameterizedTest
    @ValueSource(strings = {"/*", "/npm/*", "/maven/com.anycompany~", "/npm/space/*", "/npm/space/anycompany-ui~",
            "/maven/org.apache.logging.log4j/log4j-core$", "/pypi//requests$", "/npm//*", "/pypi//req~"})
    void theGuidesFormsParseAndAreWrittenBackUnchanged(String written) {
        assertThat(PackageGroupPattern.parse(written).written()).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/npm|after the format",
            "npm/*|must start with '/'",
            "/npm/space|a namespace alone ends with '~'",
            "/npm/space$|a namespace alone ends with '~'",
            "/npm/space/anycompany-ui|end it with '$'",
            "/npm/sp*|contains '/', '#' or '*'",
            "/npm/*/react$|contains '/', '#' or '*'",
            "/npm/space/*$|contains '/', '#' or '*'",
            "/rust/*|is not a package format",
            "/NPM/*|is not a package format",
            "/pypi/team/requests$|have no namespace",
            "/pypi/team~|have no namespace",
            "/pypi//Requests_Lib$|write 'requests-lib'",
            "/npm/@space/*|without '@'",
            "/maven//*|always have a namespace",
            "/npm/space/ui$/more|end it with '$'",
            "/npm/space/~|the name prefix is empty",
            "/npm/~|the namespace prefix is empty",
            "/|2-520 characters"})
    void patternsOutsideTheGrammarAreRefusedSayingWhy(String written, String reason) {
        assertThatThrownBy(() -> PackageGroupPattern.parse(written)).isInstanceOf(InvalidPatternException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void whiteSpaceAndOverlongPatternsAreRefused() {
        assertThatThrownBy(() -> PackageGroupPattern.parse("/npm/space/ui $")).hasMessageContaining("white space");
        assertThatThrownBy(() -> PackageGroupPattern.parse("/npm/space/" + "a".repeat(520) + "$"))
                .hasMessageContaining("2-520");
    }

    @Test
    void eachFormCatchesWhatTheGuideSays() {
        assertThat(PackageGroupPattern.parse("/*").matches(LOG4J)).isTrue();
        assertThat(PackageGroupPattern.parse("/npm/*").matches(UI)).isTrue();
        assertThat(PackageGroupPattern.parse("/npm/*").matches(LOG4J)).isFalse();
        assertThat(PackageGroupPattern.parse("/maven/org.apache~").matches(LOG4J)).isTrue();
        assertThat(PackageGroupPattern.parse("/maven/com.apache~").matches(LOG4J)).isFalse();
        assertThat(PackageGroupPattern.parse("/npm/space/*").matches(UI)).isTrue();
        assertThat(PackageGroupPattern.parse("/npm/space/*").matches(REACT)).isFalse();
        assertThat(PackageGroupPattern.parse("/npm//*").matches(REACT)).isTrue();
        assertThat(PackageGroupPattern.parse("/npm//*").matches(UI)).isFalse();
        assertThat(PackageGroupPattern.parse("/npm/space/anycompany-ui~").matches(UI)).isTrue();
        assertThat(PackageGroupPattern.parse("/npm/space/anycompany-ux~").matches(UI)).isFalse();
        assertThat(PackageGroupPattern.parse("/maven/org.apache.logging.log4j/log4j-core$").matches(LOG4J)).isTrue();
        assertThat(PackageGroupPattern.parse("/maven/org.apache.logging.log4j/log4j$").matches(LOG4J)).isFalse();
        assertThat(PackageGroupPattern.parse("/pypi//requests$").matches(REQUESTS)).isTrue();
    }

    @Test
    void theMostSpecificMatchRanksExactOverPrefixOverWildcardAndLongerPrefixesHigher() {
        List<String> leastToMost = List.of("/*", "/npm/*", "/npm/s~", "/npm/spa~", "/npm/space/*", "/npm/space/any~",
                "/npm/space/anycompany-ui~", "/npm/space/anycompany-ui-components$");
        List<PackageGroupPattern> parsed = leastToMost.stream().map(PackageGroupPattern::parse).toList();
        parsed.forEach(p -> assertThat(p.matches(UI)).as(p.written()).isTrue());
        List<String> sorted = parsed.stream().sorted(PackageGroupPattern.SPECIFICITY).map(PackageGroupPattern::written)
                .toList();
        assertThat(sorted).containsExactlyElementsOf(leastToMost);
    }

    @Test
    void coverageDecidesTheParent() {
        PackageGroupPattern npm = PackageGroupPattern.parse("/npm/*");
        PackageGroupPattern prefix = PackageGroupPattern.parse("/npm/sp~");
        PackageGroupPattern space = PackageGroupPattern.parse("/npm/space/*");
        PackageGroupPattern ui = PackageGroupPattern.parse("/npm/space/ui~");
        PackageGroupPattern exact = PackageGroupPattern.parse("/npm/space/ui-kit$");
        assertThat(PackageGroupPattern.ROOT.covers(npm)).isTrue();
        assertThat(npm.covers(prefix)).isTrue();
        assertThat(prefix.covers(space)).isTrue();
        assertThat(space.covers(prefix)).isFalse();
        assertThat(space.covers(ui)).isTrue();
        assertThat(ui.covers(exact)).isTrue();
        assertThat(exact.covers(ui)).isFalse();
        assertThat(PackageGroupPattern.parse("/pypi/*").covers(space)).isFalse();
    }

    @Test
    void onlyAnExactPatternTiesAPackageStrongly() {
        assertThat(PackageGroupPattern.parse("/npm/space/anycompany-ui-components$").associationOf())
                .isEqualTo(AssociationType.STRONG);
        assertThat(PackageGroupPattern.parse("/npm/space/*").associationOf()).isEqualTo(AssociationType.WEAK);
    }
}
