package dev.packyard.formats.cargo.demo;

import java.util.List;
import java.util.Map;

/**
 * The crates the demo's crates.io starts with: tree-top depends on tree-middle, which depends on tree-leaf (a chain
 * three deep), and tree-middle has a prerelease, 2.0.0-beta.1, between its releases.
 */
final class CrateSeed {
    private CrateSeed() {
    }

    static List<CrateSpec> crates() {
        return List.of(
                new CrateSpec("tree-leaf", "The leaf of the demo's dependency chain", List.of("1.0.0", "1.1.0", "1.2.0"),
                        Map.of(), List.of()),
                new CrateSpec("tree-middle", "The middle of the demo's dependency chain",
                        List.of("1.0.0", "2.0.0-beta.1", "2.0.0"), Map.of("tree-leaf", "^1.1"), List.of("fast")),
                new CrateSpec("tree-top", "The top of the demo's dependency chain", List.of("0.9.0", "1.0.0"),
                        Map.of("tree-middle", "^2.0"), List.of()),
                new CrateSpec("demo-greeting", "Greets you in the offline demo", List.of("1.0.0", "2.0.0"), Map.of(), List.of()),
                new CrateSpec("slow-math", "Arithmetic, taking its time", List.of("1.0.0", "1.0.1"), Map.of(), List.of()));
    }
}
