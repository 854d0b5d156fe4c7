package dev.packyard.formats.ruby.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RubyGems source comes from the first http(s) entry of ~/.gemrc's :sources:. */
class RubyGemsDiscoveryTest {
    @TempDir
    Path home;

    @Test
    void theFirstHttpSourceOfTheGemrcIsTaken() throws Exception {
        Path gemrc = Files.writeString(home.resolve(".gemrc"), "---\n:backtrace: false\n:sources:\n- file:///local/\n"
                + "- \"https://gems.example.com/\"\n- https://rubygems.org/\ngem: --no-document\n");
        assertThat(RubyGemsDiscovery.firstSource(gemrc)).contains("https://gems.example.com/");
    }

    @Test
    void aGemrcWithoutSourcesOrNoGemrcGivesNothing() throws Exception {
        assertThat(RubyGemsDiscovery.firstSource(home.resolve(".gemrc"))).isEmpty();
        Path gemrc = Files.writeString(home.resolve(".gemrc"), "gem: --no-document\n");
        assertThat(RubyGemsDiscovery.firstSource(gemrc)).isEmpty();
    }
}
