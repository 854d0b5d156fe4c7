package dev.packyard.formats.pypi.demo;

import java.util.List;

/** The PyPI projects the demo registry starts with; fetchy depends on tidy-text. */
final class PypiSeed {
    private PypiSeed() {
    }

    static List<PypiProjectSpec> projects() {
        return List.of(
                new PypiProjectSpec("tidy-text", "Tidies whitespace in text", List.of("1.0.0", "1.1.0", "1.2.0"), List.of()),
                new PypiProjectSpec("fetchy", "Fetches things politely", List.of("0.9.0", "1.0.0", "1.1.0"),
                        List.of("tidy-text>=1.1")),
                new PypiProjectSpec("demo-greeting", "Greets you in the offline demo", List.of("1.0.0", "2.0.0"), List.of()),
                new PypiProjectSpec("numberwang", "Decides whether a number is numberwang",
                        List.of("0.1.0", "0.2.0", "1.0.0"), List.of()),
                new PypiProjectSpec("slow-math", "Arithmetic, taking its time", List.of("1.0.0", "1.0.1"), List.of()));
    }
}
