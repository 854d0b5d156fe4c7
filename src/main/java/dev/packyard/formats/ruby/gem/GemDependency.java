package dev.packyard.formats.ruby.gem;

/** A dependency of a gem; only runtime ones matter to installers. */
public record GemDependency(String name, GemRequirement requirement, boolean runtime) {
}
