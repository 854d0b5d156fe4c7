package dev.packyard.formats.maven.upstream;

import dev.packyard.upstream.PackageListing;
import java.time.Instant;
import java.util.Optional;

/** A maven-metadata.xml as the repository sent it (to serve on) and the listing read from it. */
public record MavenMetadata(byte[] document, PackageListing listing, Optional<Instant> lastUpdated) {
}
