package dev.packyard.formats.nuget.demo;

import java.util.List;
import java.util.Map;

/** A package of the demo gallery: its id as authors spell it, its versions oldest first, and its dependency ranges. */
record NugetPackageSpec(String id, String description, List<String> versions, Map<String, String> dependencies) {
}
