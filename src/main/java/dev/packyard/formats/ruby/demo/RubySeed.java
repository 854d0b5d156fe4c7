package dev.packyard.formats.ruby.demo;

import dev.packyard.formats.ruby.gem.GemDependency;
import dev.packyard.formats.ruby.gem.GemRequirement;
import java.util.List;

/**
 * The gems the demo's RubyGems starts with: greeter needs polite, which needs tidy-words (a chain three deep); greeter
 * has a prerelease above its newest release; fast-sum is also built for x86_64-linux.
 */
final class RubySeed {
    private RubySeed() {
    }

    record GemSeed(String name, String summary, List<String> versions, List<GemDependency> dependencies, List<String> platforms) {
    }

    static List<GemSeed> gems() {
        return List.of(
                new GemSeed("tidy-words", "Tidies the words of a sentence", List.of("0.1.0", "0.2.0", "1.0.0"), List.of(),
                        List.of("ruby")),
                new GemSeed("polite", "Says things politely", List.of("1.0.0", "1.1.0"),
                        List.of(runtime("tidy-words", ">= 0.2")), List.of("ruby")),
                new GemSeed("greeter", "Greets you in the offline demo", List.of("1.0.0", "1.1.0", "2.0.0.beta1"),
                        List.of(runtime("polite", "~> 1.0")), List.of("ruby")),
                new GemSeed("fast-sum", "Adds numbers, natively where it can", List.of("1.0.0"), List.of(),
                        List.of("ruby", "x86_64-linux")),
                new GemSeed("slow-math", "Arithmetic, taking its time", List.of("1.0.0", "1.0.1"), List.of(), List.of("ruby")));
    }

    private static GemDependency runtime(String name, String requirement) {
        return new GemDependency(name, GemRequirement.parse(requirement, ","), true);
    }
}
