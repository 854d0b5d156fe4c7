package dev.packyard.formats.pypi.demo;

import java.util.Locale;

/** PEP 503 name normalisation and the wheel spelling of a project name. */
final class ProjectNames {
    private ProjectNames() {
    }

    static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    /** Wheel file names and dist-info directories use '_' where the project name has separators. */
    static String wheelName(String name) {
        return normalize(name).replace('-', '_');
    }
}
