package dev.packyard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DetailsGridTest {
    @Test
    void anArnBreaksOnlyAfterItsSeparatorsAndItsPartsMakeItWhole() {
        String arn = "arn:aws:codeartifact:us-east-1:111122223333:repository/demo/app";
        assertThat(DetailsGrid.parts(arn)).containsExactly("arn:", "aws:", "codeartifact:", "us-east-1:", "111122223333:",
                "repository/", "demo/", "app");
        assertThat(String.join("", DetailsGrid.parts(arn))).isEqualTo(arn);
        assertThat(DetailsGrid.parts(null)).isEmpty();
    }
}
