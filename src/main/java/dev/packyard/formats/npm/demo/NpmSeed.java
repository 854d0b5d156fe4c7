package dev.packyard.formats.npm.demo;

import java.util.List;
import java.util.Map;

/**
 * The npm packages the demo registry starts with: a scoped package depending on another scoped one, a
 * three-level tree (tree-top → tree-middle → tree-leaf) and a few standalone packages.
 */
final class NpmSeed {
    private NpmSeed() {
    }

    static List<NpmPackageSpec> packages() {
        return List.of(
                new NpmPackageSpec("@demo/greeter", "Says hello in the offline demo",
                        List.of("1.0.0", "1.1.0", "2.0.0"), Map.of("@demo/config", "^1.0.0")),
                new NpmPackageSpec("@demo/config", "Reads demo settings with defaults",
                        List.of("1.0.0", "1.0.1"), Map.of()),
                new NpmPackageSpec("tree-top", "Top of a three-level dependency tree",
                        List.of("1.0.0", "1.1.0"), Map.of("tree-middle", "^2.0.0")),
                new NpmPackageSpec("tree-middle", "Middle of a three-level dependency tree",
                        List.of("1.0.0", "2.0.0", "2.1.0"), Map.of("tree-leaf", "^1.0.0")),
                new NpmPackageSpec("tree-leaf", "Leaf of a three-level dependency tree",
                        List.of("1.0.0", "1.1.0", "1.2.0"), Map.of()),
                new NpmPackageSpec("string-kit", "Small string helpers",
                        List.of("0.9.0", "1.0.0", "1.1.0"), Map.of()),
                new NpmPackageSpec("color-log", "Coloured console logging",
                        List.of("1.0.0", "1.0.1", "1.1.0"), Map.of("string-kit", "^1.0.0")),
                new NpmPackageSpec("tiny-date", "Formats dates in a few bytes",
                        List.of("2.0.0", "2.1.0", "3.0.0"), Map.of()));
    }
}
