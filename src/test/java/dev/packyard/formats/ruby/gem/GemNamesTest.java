package dev.packyard.formats.ruby.gem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.PackageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Gem file names read back, compact-index lines both ways, and the order RubyGems gives versions and prereleases. */
class GemNamesTest {
    @Test
    void aFileNameSplitsAtTheFirstPartThatStartsWithADigit() {
        assertThat(GemFileName.parse("rack-test-2.1.0.gem", ".gem")).contains(new GemFileName("rack-test", "2.1.0", "ruby"));
        assertThat(GemFileName.parse("nokogiri-1.16.0-x86_64-linux.gem", ".gem"))
                .contains(new GemFileName("nokogiri", "1.16.0", "x86_64-linux"));
        assertThat(GemFileName.parse("ffi-1.17.0-x86_64-linux-gnu.gemspec.rz", ".gemspec.rz"))
                .contains(new GemFileName("ffi", "1.17.0", "x86_64-linux-gnu"));
        assertThat(GemFileName.parse("rails-7.1.0.rc1.gem", ".gem")).contains(new GemFileName("rails", "7.1.0.rc1", "ruby"));
        assertThat(GemFileName.parse("noversion.gem", ".gem")).isEmpty();
        assertThat(GemFileName.parse("rack-2.0.0.tgz", ".gem")).isEmpty();
    }

    @Test
    void anInfoLineIsWrittenAsTheCompactIndexWritesItAndReadBack() {
        InfoLine line = new InfoLine("1.16.0", "x86_64-linux",
                List.of(new GemDependency("racc", GemRequirement.parse("~> 1.4", ","), true),
                        new GemDependency("mini_portile2", GemRequirement.parse(">= 2.8.0, < 3", ","), true)),
                Optional.of("ab".repeat(32)), GemRequirement.parse(">= 3.0, < 3.4.dev", ","), GemRequirement.ANY);
        String written = line.written();
        assertThat(written).isEqualTo("1.16.0-x86_64-linux racc:~> 1.4,mini_portile2:>= 2.8.0&< 3|checksum:" + "ab".repeat(32)
                + ",ruby:>= 3.0&< 3.4.dev");
        assertThat(InfoLine.parse(written)).contains(line);
        assertThat(InfoLine.parse("0.1.0 |checksum:00")).hasValueSatisfying(l -> assertThat(l.dependencies()).isEmpty());
        assertThat(InfoLine.parse("---")).isEmpty();
    }

    @Test
    void versionsAreOrderedAsRubyGemsOrdersThemWithPrereleasesBelowTheirRelease() {
        List<String> versions = new ArrayList<>(List.of("2.0.0", "1.10.0", "2.0.0.beta1", "1.9.0", "2.0.0.rc1", "2.0.0.beta10",
                "2.0.0.a", "1.9"));
        versions.sort(PackageFormat.RUBY.versionOrder());
        assertThat(versions.subList(2, versions.size())).containsExactly("1.10.0", "2.0.0.a", "2.0.0.beta1", "2.0.0.beta10",
                "2.0.0.rc1", "2.0.0");
        assertThat(versions.subList(0, 2)).containsExactlyInAnyOrder("1.9", "1.9.0");
    }
}
