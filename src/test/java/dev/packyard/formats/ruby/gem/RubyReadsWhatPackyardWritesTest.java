package dev.packyard.formats.ruby.gem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.packyard.demo.ClientProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Ruby of this machine loads what Packyard's Marshal writer produces: the quick spec RubyGems inflates and
 * loads as a Gem::Specification, and the dependency API's array of hashes with symbol keys.
 */
class RubyReadsWhatPackyardWritesTest {
    @TempDir
    Path dir;

    @Test
    void aQuickSpecLoadsAsTheGemSpecificationItDescribes() throws Exception {
        GemSpec spec = new GemSpec("fast-sum", "1.2.0.rc1", "x86_64-linux", "Adds numbers", "Adds numbers, natively",
                List.of("Ann", "Bo"), "https://example.com/fast-sum", List.of("MIT"),
                List.of(new GemDependency("polite", GemRequirement.parse("~> 1.0, >= 1.0.2", ","), true),
                        new GemDependency("rake", GemRequirement.ANY, false)),
                GemRequirement.parse(">= 2.7", ","), null);
        // Licenses are not asked back: RubyGems 3.3's _load puts field 17 into @license, which licenses never reads.
        Path rz = Files.write(dir.resolve("fast-sum.gemspec.rz"), GemspecMarshal.rz(spec));
        String out = ruby("require 'rubygems'; s = Marshal.load(Gem::Util.inflate(File.binread(ARGV[0]))); "
                + "puts s.class, s.name, s.version, s.version.prerelease?, s.platform, s.full_name, s.summary, s.authors.join('+'), "
                + "s.required_ruby_version, s.runtime_dependencies.map(&:to_s).join(';'), "
                + "s.development_dependencies.map(&:to_s).join(';')", rz.toString());
        assertThat(out.lines().toList()).containsExactly("Gem::Specification", "fast-sum", "1.2.0.rc1", "true", "x86_64-linux",
                "fast-sum-1.2.0.rc1-x86_64-linux", "Adds numbers", "Ann+Bo", ">= 2.7",
                "polite (~> 1.0, >= 1.0.2)", "rake (>= 0, development)");
    }

    @Test
    void theDependencyApiLoadsAsAnArrayOfHashesWithSymbolKeys() throws Exception {
        byte[] marshal = RubyMarshal.dump(List.of(
                Map.of(new RubyMarshal.Symbol("name"), "polite", new RubyMarshal.Symbol("number"), "1.1.0"),
                Map.of(new RubyMarshal.Symbol("name"), "polite", new RubyMarshal.Symbol("number"), "1.0.0"),
                List.of(0, 122, 123, 255, 256, 65536, -1, -124, -256, 1_000_000_000, false, true)));
        Path file = Files.write(dir.resolve("deps.marshal"), marshal);
        assertThat(ruby("p Marshal.load(File.binread(ARGV[0]))", file.toString()).strip())
                .isIn("[{:name=>\"polite\", :number=>\"1.1.0\"}, {:name=>\"polite\", :number=>\"1.0.0\"}, "
                                + "[0, 122, 123, 255, 256, 65536, -1, -124, -256, 1000000000, false, true]]",
                        "[{:number=>\"1.1.0\", :name=>\"polite\"}, {:number=>\"1.0.0\", :name=>\"polite\"}, "
                                + "[0, 122, 123, 255, 256, 65536, -1, -124, -256, 1000000000, false, true]]",
                        "[{:name=>\"polite\", :number=>\"1.1.0\"}, {:number=>\"1.0.0\", :name=>\"polite\"}, "
                                + "[0, 122, 123, 255, 256, 65536, -1, -124, -256, 1000000000, false, true]]",
                        "[{:number=>\"1.1.0\", :name=>\"polite\"}, {:name=>\"polite\", :number=>\"1.0.0\"}, "
                                + "[0, 122, 123, 255, 256, 65536, -1, -124, -256, 1000000000, false, true]]");
    }

    private String ruby(String script, String argument) throws Exception {
        Optional<Path> ruby = ClientProcess.onPath("ruby");
        assertTrue(ruby.isPresent(), "ruby is not on the PATH (CI installs ruby-full: see .ci/run)");
        ClientProcess.Result result = ClientProcess.run(List.of("ruby", "-e", script, argument), dir, List.of("GEM_", "RUBY"),
                Map.of("HOME", dir.toString()), Duration.ofMinutes(1));
        assertThat(result.exitCode()).as(result.tail()).isZero();
        return result.output();
    }
}
