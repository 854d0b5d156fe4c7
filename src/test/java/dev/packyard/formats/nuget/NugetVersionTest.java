package dev.packyard.formats.nuget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** NuGet's version normalisation, with the cases of NuGet's "Normalized version numbers" documentation and SemVer 2. */
class NugetVersionTest {
    @ParameterizedTest
    @CsvSource({
            // Leading zeros are removed.
            "1.00, 1.0.0",
            "1.01.1, 1.1.1",
            "1.00.0.1, 1.0.0.1",
            // A zero fourth part is omitted.
            "1.0.0.0, 1.0.0",
            "1.0.01.0, 1.0.1",
            // SemVer 2.0.0 build metadata is removed.
            "1.0.7+r3456, 1.0.7",
            // A non-zero fourth part stays; pre-release labels keep their case and dots.
            "4.1.0.2, 4.1.0.2",
            "1, 1.0.0",
            "2.0.0-Beta.1, 2.0.0-Beta.1",
            "1.0.0-rc.1+build.5, 1.0.0-rc.1",
            "' 3.2.1 ', 3.2.1"})
    void normalisesAsNuGetDoes(String given, String normalised) {
        assertThat(NugetVersion.normalise(given)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @CsvSource({"2.0.0-Beta.1, 2.0.0-beta.1", "1.0.0.0, 1.0.0", "1.0-RC, 1.0.0-rc"})
    void flatContainerPathsUseTheLowerCaseNormalisedForm(String given, String lower) {
        assertThat(NugetVersion.parse(given).orElseThrow().lowerCase()).isEqualTo(lower);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "one", "1.2.3.4.5", "1.0.0-", "1.0.0-beta..1", "v1.0.0", "1.0.0+"})
    void refusesWhatNuGetCannotRead(String given) {
        assertThat(NugetVersion.parse(given)).isEmpty();
        assertThatThrownBy(() -> NugetVersion.normalise(given)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a NuGet version");
    }

    @ParameterizedTest
    @CsvSource({"1.0.0, false", "1.0.0-beta, false", "1.0.0-beta.1, true", "1.0.0+git, true", "1.0.0.1, false"})
    void semVer2IsDottedLabelsOrMetadata(String version, boolean semVer2) {
        assertThat(NugetVersion.isSemVer2(version)).isEqualTo(semVer2);
    }
}
