package dev.packyard.server.packages.maven;

import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.upstream.fetch.PackageNotFoundException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A path in the Maven repository layout: {@code group/as/path/artifact/version/file} or the artifact's
 * {@code group/as/path/artifact/maven-metadata.xml}, either possibly with a checksum extension.
 */
record MavenPath(PackageCoordinate coordinate, Optional<String> version, String fileName, Optional<Checksum> checksum) {
    static final String METADATA = "maven-metadata.xml";

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
                .map(s -> URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8)).toList();
        if (segments.size() < 3) {
            throw new PackageNotFoundException("'" + rawPath + "' is not a Maven repository path "
                    + "(group/as/path/artifact/version/file or group/as/path/artifact/maven-metadata.xml)");
        }
        String last = segments.get(segments.size() - 1);
        Optional<Checksum> checksum = Arrays.stream(Checksum.values()).filter(c -> last.endsWith(c.extension)).findFirst();
        String file = checksum.map(c -> last.substring(0, last.length() - c.extension.length())).orElse(last);
        if (file.equals(METADATA)) {
            String artifact = segments.get(segments.size() - 2);
            String group = String.join(".", segments.subList(0, segments.size() - 2));
            return new MavenPath(new PackageCoordinate(PackageFormat.MAVEN, group, artifact), Optional.empty(), file, checksum);
        }
        if (segments.size() < 4) {
            throw new PackageNotFoundException("'" + rawPath + "' is not a Maven repository path (group/as/path/artifact/version/file)");
        }
        String version = segments.get(segments.size() - 2);
        String artifact = segments.get(segments.size() - 3);
        String group = String.join(".", segments.subList(0, segments.size() - 3));
        return new MavenPath(new PackageCoordinate(PackageFormat.MAVEN, group, artifact), Optional.of(version), file, checksum);
    }

    boolean isMetadata() {
        return version.isEmpty();
    }
}
