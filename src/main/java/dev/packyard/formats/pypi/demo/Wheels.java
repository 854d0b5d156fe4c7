package dev.packyard.formats.pypi.demo;

import dev.packyard.demo.common.Digests;
import dev.packyard.demo.common.ZipArchive;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds pure-Python wheels: the module, METADATA, WHEEL and a RECORD listing every other file's hash. */
final class Wheels {
    private Wheels() {
    }

    static byte[] build(String project, String version, String summary, List<String> requiresDist) {
        String module = ProjectNames.wheelName(project);
        String distInfo = module + "-" + version + ".dist-info";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(module + "/__init__.py", utf8("\"\"\"" + summary + " (Packyard offline demo).\"\"\"\n\n__version__ = \""
                + version + "\"\n"));
        files.put(distInfo + "/METADATA", utf8(metadata(project, version, summary, requiresDist)));
        files.put(distInfo + "/WHEEL", utf8("Wheel-Version: 1.0\nGenerator: packyard-demo (1.0)\nRoot-Is-Purelib: true\n"
                + "Tag: py3-none-any\n\n"));
        StringBuilder record = new StringBuilder();
        files.forEach((path, content) -> record.append(path).append(",sha256=").append(Digests.recordSha256(content))
                .append(',').append(content.length).append('\n'));
        record.append(distInfo).append("/RECORD,,\n");
        files.put(distInfo + "/RECORD", utf8(record.toString()));

        ZipArchive wheel = new ZipArchive();
        files.forEach(wheel::add);
        return wheel.toBytes();
    }

    private static String metadata(String project, String version, String summary, List<String> requiresDist) {
        StringBuilder text = new StringBuilder("Metadata-Version: 2.1\n")
                .append("Name: ").append(project).append('\n')
                .append("Version: ").append(version).append('\n')
                .append("Summary: ").append(summary).append('\n')
                .append("License: MIT\n")
                .append("Requires-Python: ").append(PypiRelease.REQUIRES_PYTHON).append('\n');
        requiresDist.forEach(requirement -> text.append("Requires-Dist: ").append(requirement).append('\n'));
        return text.append('\n').append(summary).append('\n').toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
