package dev.packyard.formats.maven.http;

import dev.packyard.server.packages.RequestPaths;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.service.error.PackageNotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A path in the Maven repository layout, possibly with a checksum extension:
 * <ul>
 * <li>a file of a version, {@code group/as/path/artifact/version/file};</li>
 * <li>a SNAPSHOT's version-level {@code group/as/path/artifact/1.0-SNAPSHOT/maven-metadata.xml};</li>
 * <li>{@code a/b/c/maven-metadata.xml}, which the layout leaves ambiguous: the artifact-level metadata of
 * artifact {@code c} in group {@code a.b}, or the group-level metadata (plugin prefixes) of group {@code a.b.c}.
 * Both readings are kept: {@link #coordinate()} is the artifact, {@link #group()} the group.</li>
 * </ul>
 */
record MavenPath(Kind kind, PackageCoordinate coordinate, Optional<String> version, String fileName,
                 Optional<Checksum> checksum) {
    static final String METADATA = "maven-metadata.xml";
    static final String SNAPSHOT = "-SNAPSHOT";

    enum Kind {
        FILE, VERSION_METADATA, ARTIFACT_OR_GROUP_METADATA
    }

    enum Checksum {
        SHA1(".sha1", "SHA-1"), MD5(".md5", "MD5"), SHA256(".sha256", "SHA-256"), SHA512(".sha512", "SHA-512");

        final String extension;
        final String algorithm;

        Checksum(String extension, String algorithm) {
            this.extension = extension;
            this.algorithm = algorithm;
        }
    }

    static MavenPath parse(String rawPath) {
        List<String> segments = Arrays.stream(rawPath.split("/")).filter(s -> !s.isEmpty())
                .map(RequestPaths::decode).toList();
        if (segments.size() < 3) {
            throw new PackageNotFoundException("'" + rawPath + "' is not a Maven repository path "
                    + "(group/as/path/artifact/version/file or group/as/path/artifact/maven-metadata.xml)");
        }
        String last = segments.get(segments.size() - 1);
        Optional<Checksum> checksum = Arrays.stream(Checksum.values()).filter(c -> last.endsWith(c.extension)).findFirst();
        String file = checksum.map(c -> last.substring(0, last.length() - c.extension.length())).orElse(last);
        String parent = segments.get(segments.size() - 2);
        // Only SNAPSHOTs have version-level metadata; an artifactId ending in -SNAPSHOT is not a real-world case.
        if (file.equals(METADATA) && !(parent.endsWith(SNAPSHOT) && segments.size() >= 4)) {
            String group = String.join(".", segments.subList(0, segments.size() - 2));
            return new MavenPath(Kind.ARTIFACT_OR_GROUP_METADATA, new PackageCoordinate(PackageFormat.MAVEN, group, parent),
                    Optional.empty(), file, checksum);
        }
        if (segments.size() < 4) {
            throw new PackageNotFoundException("'" + rawPath + "' is not a Maven repository path (group/as/path/artifact/version/file)");
        }
        String artifact = segments.get(segments.size() - 3);
        String group = String.join(".", segments.subList(0, segments.size() - 3));
        Kind kind = file.equals(METADATA) ? Kind.VERSION_METADATA : Kind.FILE;
        return new MavenPath(kind, new PackageCoordinate(PackageFormat.MAVEN, group, artifact), Optional.of(parent), file, checksum);
    }

    /** Any maven-metadata.xml (artifact, group or version level): generated, never stored as an asset. */
    boolean isMetadata() {
        return kind != Kind.FILE;
    }

    /** The group a {@code a/b/c/maven-metadata.xml} names when read as group-level metadata. */
    String group() {
        return coordinate.namespace() + "." + coordinate.name();
    }

    boolean isSnapshotVersion() {
        return version.map(v -> v.endsWith(SNAPSHOT)).orElse(false);
    }
}
