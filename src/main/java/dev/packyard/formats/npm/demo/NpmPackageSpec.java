package dev.packyard.formats.npm.demo;

import java.util.List;
import java.util.Map;

/** A seeded npm package: its versions, oldest first, all depending on the same ranges. */
record NpmPackageSpec(String name, String description, List<String> versions, Map<String, String> dependencies) {
}
