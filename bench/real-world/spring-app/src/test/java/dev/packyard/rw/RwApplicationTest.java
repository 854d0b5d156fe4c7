package dev.packyard.rw;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RwApplicationTest {
    @Test
    void theBuildIsNamed() {
        assertThat(RwApplication.BUILD).isNotBlank();
    }
}
