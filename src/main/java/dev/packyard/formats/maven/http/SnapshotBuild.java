package dev.packyard.formats.maven.http;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of a unique (timestamped) SNAPSHOT build, read from its name:
 * {@code artifact-1.0-20261203.082700-2-sources.jar} is build 2 of {@code 1.0-SNAPSHOT}, taken at 08:27:00 UTC,
 * classifier {@code sources}, extension {@code jar}.
 */
record SnapshotBuild(String timestamp, int buildNumber, String classifier, String extension) {
    private static final Pattern STAMP = Pattern.compile("(\\d{8}\\.\\d{6})-(\\d+)(?:-([^.]+))?\\.(.+)");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd.HHmmss");

    /** The build a file belongs to, or empty for a file that is not a timestamped build of this artifact's SNAPSHOT. */
    static Optional<SnapshotBuild> of(String artifactId, String snapshotVersion, String fileName) {
        String prefix = artifactId + "-" + snapshotVersion.substring(0, snapshotVersion.length() - MavenPath.SNAPSHOT.length()) + "-";
        if (!fileName.startsWith(prefix)) {
            return Optional.empty();
        }
        Matcher m = STAMP.matcher(fileName.substring(prefix.length()));
        if (!m.matches() || parse(m.group(1)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SnapshotBuild(m.group(1), Integer.parseInt(m.group(2)), m.group(3) == null ? "" : m.group(3),
                m.group(4)));
    }

    /** The unique version this build resolves to, such as {@code 1.0-20261203.082700-2}. */
    String value(String snapshotVersion) {
        return snapshotVersion.substring(0, snapshotVersion.length() - MavenPath.SNAPSHOT.length()) + "-" + timestamp + "-"
                + buildNumber;
    }

    Instant time() {
        return parse(timestamp).orElseThrow();
    }

    private static Optional<Instant> parse(String timestamp) {
        try {
            return Optional.of(LocalDateTime.parse(timestamp, TIMESTAMP).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
