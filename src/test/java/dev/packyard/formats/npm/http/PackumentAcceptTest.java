package dev.packyard.formats.npm.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The form each client gets: installers the abbreviated one they ask for, everything else the full document. */
class PackumentAcceptTest {
    @Test
    void installersThatNameTheAbbreviatedFormGetIt() {
        assertThat(PackumentAccept.wantsAbbreviated("application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*"))
                .as("npm, yarn 1").isTrue();
        assertThat(PackumentAccept.wantsAbbreviated("application/vnd.npm.install-v1+json")).as("pnpm").isTrue();
    }

    @Test
    void clientsThatDoNotNameItOrRefuseItGetTheFullDocument() {
        assertThat(PackumentAccept.wantsAbbreviated(null)).as("curl without Accept").isFalse();
        assertThat(PackumentAccept.wantsAbbreviated("application/json")).as("npm view").isFalse();
        assertThat(PackumentAccept.wantsAbbreviated("*/*")).isFalse();
        assertThat(PackumentAccept.wantsAbbreviated("application/vnd.npm.install-v1+json;q=0, application/json")).isFalse();
    }
}
