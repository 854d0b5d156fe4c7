package dev.packyard.formats.pypi.demo;

import java.util.List;

/** A seeded PyPI project: its versions, oldest first, all with the same requirements. */
record PypiProjectSpec(String name, String summary, List<String> versions, List<String> requiresDist) {
}
