package dev.packyard.formats.maven.demo;

import dev.packyard.demo.common.Release;
import java.time.Instant;
import java.util.Map;

/** One version of a demo artifact: its POM and, unless it is a POM-only artifact, its jar; keyed by file name. */
record MavenRelease(MavenArtifactSpec spec, String version, Instant published, Map<String, byte[]> files)
        implements Release {
}
