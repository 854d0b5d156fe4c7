package dev.packyard.formats.nuget.demo;

import dev.packyard.demo.common.Digests;
import dev.packyard.demo.common.Release;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** One version of a demo NuGet package with its .nupkg and the .nuspec inside it. */
record NugetRelease(String id, String version, String description, Map<String, String> dependencies, Instant published,
                    byte[] nupkg, byte[] nuspec, Digests digests) implements Release {

    String lowerId() {
        return id.toLowerCase(Locale.ROOT);
    }

    String lowerVersion() {
        return version.toLowerCase(Locale.ROOT);
    }

    /** The flat container's file name: lower-case id and version. */
    String fileName(String extension) {
        return lowerId() + "." + lowerVersion() + extension;
    }
}
