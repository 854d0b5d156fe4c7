package dev.packyard.formats.npm.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TreeMap;

/**
 * Renders package documents ("packuments"): the full form npm shows with {@code npm view}, and the
 * abbreviated form installers ask for with {@code Accept: application/vnd.npm.install-v1+json}.
 */
final class NpmPackuments {
    private static final DateTimeFormatter NPM_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final ObjectMapper json;

    NpmPackuments(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode full(List<NpmRelease> releases, String baseUrl) {
        NpmRelease latest = releases.get(releases.size() - 1);
        ObjectNode doc = json.createObjectNode();
        doc.put("_id", latest.name());
        doc.put("name", latest.name());
        doc.put("description", latest.description());
        doc.putObject("dist-tags").put("latest", latest.version());
        ObjectNode versions = doc.putObject("versions");
        for (NpmRelease release : releases) {
            ObjectNode version = versions.putObject(release.version());
            version.put("name", release.name());
            version.put("version", release.version());
            version.put("description", release.description());
            version.put("main", "index.js");
            version.put("license", "MIT");
            version.put("_id", release.name() + "@" + release.version());
            dependencies(version, release);
            dist(version, release, baseUrl);
        }
        ObjectNode time = doc.putObject("time");
        time.put("created", format(releases.get(0).published()));
        time.put("modified", format(latest.published()));
        releases.forEach(r -> time.put(r.version(), format(r.published())));
        doc.put("license", "MIT");
        doc.put("readme", "# " + latest.name() + "\n\n" + latest.description() + "\n");
        return doc;
    }

    ObjectNode abbreviated(List<NpmRelease> releases, String baseUrl) {
        NpmRelease latest = releases.get(releases.size() - 1);
        ObjectNode doc = json.createObjectNode();
        doc.put("name", latest.name());
        doc.put("modified", format(latest.published()));
        doc.putObject("dist-tags").put("latest", latest.version());
        ObjectNode versions = doc.putObject("versions");
        for (NpmRelease release : releases) {
            ObjectNode version = versions.putObject(release.version());
            version.put("name", release.name());
            version.put("version", release.version());
            dependencies(version, release);
            dist(version, release, baseUrl);
        }
        return doc;
    }

    private static void dependencies(ObjectNode version, NpmRelease release) {
        ObjectNode deps = version.putObject("dependencies");
        new TreeMap<>(release.dependencies()).forEach(deps::put);
    }

    private static void dist(ObjectNode version, NpmRelease release, String baseUrl) {
        ObjectNode dist = version.putObject("dist");
        dist.put("tarball", release.tarballUrl(baseUrl));
        dist.put("shasum", release.digests().sha1Hex());
        dist.put("integrity", release.digests().npmIntegrity());
        dist.put("fileCount", 3);
    }

    private static String format(Instant instant) {
        return NPM_TIME.format(instant);
    }
}
