package dev.packyard.formats.nuget.demo;

import java.util.List;
import java.util.Map;

/**
 * The NuGet packages the demo gallery starts with: a three-level chain (Demo.Tree.Top → Demo.Tree.Middle →
 * Demo.Tree.Leaf), a prerelease between two releases, a mixed-case id, and a pair of standalone packages.
 */
final class NugetSeed {
    private NugetSeed() {
    }

    static List<NugetPackageSpec> packages() {
        return List.of(
                new NugetPackageSpec("Demo.Tree.Top", "Top of a three-level dependency chain",
                        List.of("1.0.0", "1.1.0"), Map.of("Demo.Tree.Middle", "[2.0.0, )")),
                new NugetPackageSpec("Demo.Tree.Middle", "Middle of a three-level dependency chain",
                        List.of("1.0.0", "2.0.0", "2.1.0"), Map.of("Demo.Tree.Leaf", "[1.0.0, 2.0.0)")),
                new NugetPackageSpec("Demo.Tree.Leaf", "Leaf of a three-level dependency chain",
                        List.of("1.0.0", "1.1.0-preview.1", "1.1.0"), Map.of()),
                new NugetPackageSpec("Demo.Strings", "Small string helpers",
                        List.of("0.9.0", "1.0.0", "1.0.1"), Map.of()),
                new NugetPackageSpec("Demo.Logging", "Coloured console logging",
                        List.of("2.0.0", "2.1.0"), Map.of("Demo.Strings", "[1.0.0, )")));
    }
}
