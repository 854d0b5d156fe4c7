package dev.packyard.formats.pypi.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** PyPI's per-project JSON document ({@code /pypi/<name>/json}): info about the newest version plus all releases. */
final class PypiJsonApi {
    private static final DateTimeFormatter UPLOAD_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UPLOAD_TIME_ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final ObjectMapper json;

    PypiJsonApi(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode project(List<PypiRelease> releases, String baseUrl) {
        PypiRelease latest = releases.get(releases.size() - 1);
        ObjectNode doc = json.createObjectNode();
        ObjectNode info = doc.putObject("info");
        info.put("name", latest.project());
        info.put("version", latest.version());
        info.put("summary", latest.summary());
        info.put("license", "MIT");
        info.put("requires_python", PypiRelease.REQUIRES_PYTHON);
        ArrayNode requires = info.putArray("requires_dist");
        latest.requiresDist().forEach(requires::add);
        info.put("package_url", baseUrl + "project/" + ProjectNames.normalize(latest.project()) + "/");
        doc.put("last_serial", releases.size());
        ObjectNode byVersion = doc.putObject("releases");
        releases.forEach(r -> file(byVersion.putArray(r.version()).addObject(), r, baseUrl));
        file(doc.putArray("urls").addObject(), latest, baseUrl);
        return doc;
    }

    private static void file(ObjectNode file, PypiRelease release, String baseUrl) {
        file.put("filename", release.fileName());
        file.put("url", release.fileUrl(baseUrl));
        file.putObject("digests").put("md5", release.digests().md5Hex()).put("sha256", release.digests().sha256Hex());
        file.put("size", release.digests().size());
        file.put("packagetype", "bdist_wheel");
        file.put("python_version", "py3");
        file.put("requires_python", PypiRelease.REQUIRES_PYTHON);
        file.put("upload_time", UPLOAD_TIME.format(release.published()));
        file.put("upload_time_iso_8601", UPLOAD_TIME_ISO.format(release.published()));
        file.put("yanked", false);
    }
}
