package dev.packyard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.Page;
import dev.packyard.service.paging.Pages;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PagesTest {
    @Test
    void followsTokensToTheLastPage() {
        List<String> all = Pages.all(token -> token == null ? new Page<>(List.of("a", "b"), Optional.of("p2"))
                : token.equals("p2") ? new Page<>(List.of("c"), Optional.of("p3")) : new Page<>(List.of("d"), Optional.empty()));

        assertThat(all).containsExactly("a", "b", "c", "d");
    }

    @Test
    void sizesReadAsHumansWriteThem() {
        assertThat(DisplayFormat.bytes(0)).isEqualTo("0 B");
        assertThat(DisplayFormat.bytes(1023)).isEqualTo("1023 B");
        assertThat(DisplayFormat.bytes(1536)).isEqualTo("1.5 KB");
        assertThat(DisplayFormat.bytes(5L * 1024 * 1024 * 1024)).isEqualTo("5.0 GB");
    }
}
