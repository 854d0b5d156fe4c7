package dev.packyard.formats.cargo.demo;

import java.util.List;
import java.util.Map;

/** A seeded crate: its versions (oldest first), the dependencies every version declares, and its features. */
record CrateSpec(String name, String description, List<String> versions, Map<String, String> dependencies,
                 List<String> features) {
}
