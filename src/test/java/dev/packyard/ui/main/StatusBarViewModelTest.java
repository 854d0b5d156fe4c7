package dev.packyard.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {
    @Test
    void healthSummaryReadsAsASentence() {
        assertThat(new ConnectionHealthSummary(0, 0).describe()).isEqualTo("No external connections in use");
        assertThat(new ConnectionHealthSummary(1, 0).describe()).isEqualTo("External connection healthy");
        assertThat(new ConnectionHealthSummary(3, 0).describe()).isEqualTo("All 3 external connections healthy");
        assertThat(new ConnectionHealthSummary(3, 1).describe()).isEqualTo("1 of 3 external connections unavailable");
    }
}
