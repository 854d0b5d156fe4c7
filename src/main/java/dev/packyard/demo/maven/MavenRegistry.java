package dev.packyard.demo.maven;

import dev.packyard.demo.common.DemoRequest;
import dev.packyard.demo.common.DemoResponse;
import dev.packyard.demo.common.Digests;
import dev.packyard.demo.common.FormatRegistry;
import dev.packyard.demo.common.SeedTimes;
import dev.packyard.demo.common.Shelf;
import dev.packyard.demo.common.UrlPaths;
import dev.packyard.model.PackageFormat;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The demo's Maven repository in the standard layout: {@code dev/packyard/demo/<artifact>/<version>/<file>},
 * {@code maven-metadata.xml} per artifact, and {@code .sha1} / {@code .md5} beside every file.
 */
public final class MavenRegistry implements FormatRegistry {
    private static final String GROUP_PATH = MavenSeed.GROUP_ID.replace('.', '/') + "/";
    private static final String METADATA = "maven-metadata.xml";
    private static final DateTimeFormatter LAST_UPDATED =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final Shelf<MavenRelease> shelf = new Shelf<>("Maven", PackageFormat.MAVEN);

    public MavenRegistry(Clock clock) {
        this.clock = clock;
        List<MavenArtifactSpec> seed = MavenSeed.artifacts();
        for (int a = 0; a < seed.size(); a++) {
            MavenArtifactSpec spec = seed.get(a);
            for (int v = 0; v < spec.versions().size(); v++) {
                String version = spec.versions().get(v);
                shelf.add(spec.artifactId(), new MavenRelease(spec, version, SeedTimes.release(a, v),
                        MavenFiles.build(spec, version)));
            }
        }
    }

    @Override
    public DemoResponse handle(DemoRequest request) {
        String path = UrlPaths.decode(request.path());
        for (String checksum : List.of(".sha1", ".md5")) {
            if (path.endsWith(checksum)) {
                return file(path.substring(0, path.length() - checksum.length()))
                        .map(bytes -> DemoResponse.ok(DemoResponse.TEXT,
                                Digests.hex(checksum.equals(".sha1") ? "SHA-1" : "MD5", bytes)))
                        .orElseGet(() -> DemoResponse.notFound("Maven file '" + path + "'"));
            }
        }
        return file(path).map(bytes -> DemoResponse.ok(contentType(path), bytes))
                .orElseGet(() -> DemoResponse.notFound("Maven file '" + path + "'"));
    }

    private Optional<byte[]> file(String path) {
        if (!path.startsWith(GROUP_PATH)) {
            return Optional.empty();
        }
        String[] parts = path.substring(GROUP_PATH.length()).split("/");
        if (parts.length == 2 && parts[1].equals(METADATA)) {
            List<MavenRelease> releases = shelf.releases(parts[0]);
            return releases.isEmpty() ? Optional.empty()
                    : Optional.of(metadata(parts[0], releases).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (parts.length == 3) {
            return shelf.release(parts[0], parts[1]).map(r -> r.files().get(parts[2]));
        }
        return Optional.empty();
    }

    private static String metadata(String artifactId, List<MavenRelease> releases) {
        MavenRelease latest = releases.get(releases.size() - 1);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<metadata>\n")
                .append("  <groupId>").append(MavenSeed.GROUP_ID).append("</groupId>\n")
                .append("  <artifactId>").append(artifactId).append("</artifactId>\n")
                .append("  <versioning>\n")
                .append("    <latest>").append(latest.version()).append("</latest>\n")
                .append("    <release>").append(latest.version()).append("</release>\n")
                .append("    <versions>\n");
        releases.forEach(r -> xml.append("      <version>").append(r.version()).append("</version>\n"));
        return xml.append("    </versions>\n")
                .append("    <lastUpdated>").append(LAST_UPDATED.format(latest.published())).append("</lastUpdated>\n")
                .append("  </versioning>\n</metadata>\n").toString();
    }

    private static String contentType(String path) {
        if (path.endsWith(".jar")) {
            return "application/java-archive";
        }
        return path.endsWith(".pom") || path.endsWith(".xml") ? "text/xml" : "application/octet-stream";
    }

    /** Accepts the artifact id alone or as {@code groupId:artifactId}. */
    @Override
    public String publishNextVersion(String artifact) {
        String artifactId = artifact.startsWith(MavenSeed.GROUP_ID + ":")
                ? artifact.substring(MavenSeed.GROUP_ID.length() + 1) : artifact;
        return shelf.publishNext(artifactId, (version, previous) -> new MavenRelease(previous.spec(), version,
                clock.instant(), MavenFiles.build(previous.spec(), version))).version();
    }

    @Override
    public SortedSet<String> packageNames() {
        return shelf.names();
    }

    @Override
    public List<String> versions(String artifactId) {
        return shelf.releases(artifactId).stream().map(MavenRelease::version).toList();
    }
}
