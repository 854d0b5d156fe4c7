package dev.packyard.formats.maven.demo;

import dev.packyard.model.PercentDecoding;
import dev.packyard.demo.common.DemoRequest;
import dev.packyard.demo.common.DemoResponse;
import dev.packyard.demo.common.Digests;
import dev.packyard.demo.common.FormatRegistry;
import dev.packyard.demo.common.SeedTimes;
import dev.packyard.demo.common.Shelf;
import dev.packyard.model.PackageFormat;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The demo's Maven repository in the standard layout: {@code dev/packyard/demo/<artifact>/<version>/<file>},
 * {@code maven-metadata.xml} per artifact, {@code .sha1}, {@code .md5}, {@code .sha256} and {@code .sha512} beside
 * every file, and the plugin group {@code dev/packyard/demo/plugins/} whose group-level metadata maps the prefix
 * {@code hello} to a working plugin.
 */
public final class MavenRegistry implements FormatRegistry {
    private static final String GROUP_PATH = MavenSeed.GROUP_ID.replace('.', '/') + "/";
    private static final String PLUGIN_GROUP_PATH = HelloPlugin.GROUP_ID.replace('.', '/') + "/";
    private static final String METADATA = "maven-metadata.xml";
    private static final Map<String, String> CHECKSUMS = checksums();
    private static final Instant PLUGIN_PUBLISHED = SeedTimes.release(0, 1);
    private static final DateTimeFormatter LAST_UPDATED =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final Shelf<MavenRelease> shelf = new Shelf<>("Maven", PackageFormat.MAVEN);
    private final Map<String, byte[]> pluginFiles = HelloPlugin.files();

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
        String path = PercentDecoding.pathOrRaw(request.path());
        for (Map.Entry<String, String> checksum : CHECKSUMS.entrySet()) {
            if (path.endsWith(checksum.getKey())) {
                return file(path.substring(0, path.length() - checksum.getKey().length()))
                        .map(bytes -> DemoResponse.ok(DemoResponse.TEXT, Digests.hex(checksum.getValue(), bytes)))
                        .orElseGet(() -> DemoResponse.notFound("Maven file '" + path + "'"));
            }
        }
        return file(path).map(bytes -> DemoResponse.ok(contentType(path), bytes))
                .orElseGet(() -> DemoResponse.notFound("Maven file '" + path + "'"));
    }

    private Optional<byte[]> file(String path) {
        if (path.startsWith(PLUGIN_GROUP_PATH)) {
            return pluginGroupFile(path.substring(PLUGIN_GROUP_PATH.length()).split("/"));
        }
        if (!path.startsWith(GROUP_PATH)) {
            return Optional.empty();
        }
        String[] parts = path.substring(GROUP_PATH.length()).split("/");
        if (parts.length == 2 && parts[1].equals(METADATA)) {
            List<MavenRelease> releases = shelf.releases(parts[0]);
            return releases.isEmpty() ? Optional.empty()
                    : Optional.of(utf8(metadata(MavenSeed.GROUP_ID, parts[0], releases.stream().map(MavenRelease::version).toList(),
                            releases.get(releases.size() - 1).published())));
        }
        if (parts.length == 3) {
            return shelf.release(parts[0], parts[1]).map(r -> r.files().get(parts[2]));
        }
        return Optional.empty();
    }

    /** The plugin group: its group-level metadata with the plugin's prefix, and the plugin's own files. */
    private Optional<byte[]> pluginGroupFile(String[] parts) {
        if (parts.length == 1 && parts[0].equals(METADATA)) {
            return Optional.of(utf8(groupMetadata()));
        }
        if (parts.length < 2 || !parts[0].equals(HelloPlugin.ARTIFACT_ID)) {
            return Optional.empty();
        }
        if (parts.length == 2 && parts[1].equals(METADATA)) {
            return Optional.of(utf8(metadata(HelloPlugin.GROUP_ID, HelloPlugin.ARTIFACT_ID, List.of(HelloPlugin.VERSION),
                    PLUGIN_PUBLISHED)));
        }
        if (parts.length == 3 && parts[1].equals(HelloPlugin.VERSION)) {
            return Optional.ofNullable(pluginFiles.get(parts[2]));
        }
        return Optional.empty();
    }

    private static String groupMetadata() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<metadata>\n  <plugins>\n    <plugin>\n"
                + "      <name>Hello plugin</name>\n"
                + "      <prefix>" + HelloPlugin.PREFIX + "</prefix>\n"
                + "      <artifactId>" + HelloPlugin.ARTIFACT_ID + "</artifactId>\n"
                + "    </plugin>\n  </plugins>\n</metadata>\n";
    }

    private static String metadata(String groupId, String artifactId, List<String> versions, Instant lastUpdated) {
        String latest = versions.get(versions.size() - 1);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<metadata>\n")
                .append("  <groupId>").append(groupId).append("</groupId>\n")
                .append("  <artifactId>").append(artifactId).append("</artifactId>\n")
                .append("  <versioning>\n")
                .append("    <latest>").append(latest).append("</latest>\n")
                .append("    <release>").append(latest).append("</release>\n")
                .append("    <versions>\n");
        versions.forEach(v -> xml.append("      <version>").append(v).append("</version>\n"));
        return xml.append("    </versions>\n")
                .append("    <lastUpdated>").append(LAST_UPDATED.format(lastUpdated)).append("</lastUpdated>\n")
                .append("  </versioning>\n</metadata>\n").toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String contentType(String path) {
        if (path.endsWith(".jar")) {
            return "application/java-archive";
        }
        if (path.endsWith(".zip")) {
            return "application/zip";
        }
        if (path.endsWith(".module")) {
            return "application/json";
        }
        return path.endsWith(".pom") || path.endsWith(".xml") ? "text/xml" : "application/octet-stream";
    }

    /** Sidecar extension to JCA algorithm, in the order they are matched. */
    private static Map<String, String> checksums() {
        Map<String, String> checksums = new LinkedHashMap<>();
        checksums.put(".sha1", "SHA-1");
        checksums.put(".md5", "MD5");
        checksums.put(".sha256", "SHA-256");
        checksums.put(".sha512", "SHA-512");
        return Collections.unmodifiableMap(checksums);
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
