package dev.packyard.formats.npm.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.demo.common.TarArchive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Builds npm package tarballs: gzip'd tar with everything under {@code package/}, reproducible byte for byte. */
final class NpmTarballs {
    /** The entry time npm itself writes into packed tarballs, so the bytes never depend on the clock. */
    private static final Instant ENTRY_TIME = Instant.parse("1985-10-26T08:15:00Z");

    private final ObjectMapper json;

    NpmTarballs(ObjectMapper json) {
        this.json = json;
    }

    byte[] build(String name, String version, String description, Map<String, String> dependencies) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("package/package.json", packageJson(name, version, description, dependencies));
        files.put("package/index.js", indexJs(name, version, dependencies).getBytes(StandardCharsets.UTF_8));
        files.put("package/README.md", ("# " + name + "\n\n" + description + "\n\nVersion " + version
                + " from the Packyard offline demo registry.\n").getBytes(StandardCharsets.UTF_8));
        return new TarArchive(ENTRY_TIME, TarArchive.LongNames.POSIX).addAll(files).toGzipBytes();
    }

    private byte[] packageJson(String name, String version, String description, Map<String, String> dependencies) {
        ObjectNode pkg = json.createObjectNode();
        pkg.put("name", name);
        pkg.put("version", version);
        pkg.put("description", description);
        pkg.put("main", "index.js");
        pkg.put("license", "MIT");
        ObjectNode deps = pkg.putObject("dependencies");
        new TreeMap<>(dependencies).forEach(deps::put);
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(pkg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String indexJs(String name, String version, Map<String, String> dependencies) {
        StringBuilder js = new StringBuilder("'use strict';\n");
        new TreeMap<>(dependencies).keySet().forEach(dep -> js.append("require('").append(dep).append("');\n"));
        js.append("module.exports = { name: '").append(name).append("', version: '").append(version).append("' };\n");
        return js.toString();
    }
}
