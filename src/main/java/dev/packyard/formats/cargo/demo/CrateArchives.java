package dev.packyard.formats.cargo.demo;

import dev.packyard.demo.common.TarArchive;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds {@code .crate} files as {@code cargo package} does: a gzip'd tar with everything under
 * {@code NAME-VERSION/}, a normalised Cargo.toml beside the original, and a library whose {@code chain()} names the
 * crate and, through its dependencies, the crates below it. Entry times are fixed, so the bytes (and the checksum)
 * never change between runs.
 */
final class CrateArchives {
    private static final Instant ENTRY_TIME = Instant.parse("2006-07-24T01:21:28Z");

    private CrateArchives() {
    }

    static byte[] build(CrateSpec spec, String version) {
        String root = spec.name() + "-" + version + "/";
        String manifest = cargoToml(spec, version);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(root + "Cargo.toml", utf8(manifest));
        files.put(root + "Cargo.toml.orig", utf8(manifest));
        files.put(root + "README.md", utf8("# " + spec.name() + "\n\n" + spec.description() + "\n\nVersion " + version
                + " from the Packyard offline demo registry.\n"));
        files.put(root + "src/lib.rs", utf8(libRs(spec, version)));
        return new TarArchive(ENTRY_TIME, TarArchive.LongNames.GNU).addAll(files).toGzipBytes();
    }

    private static String cargoToml(CrateSpec spec, String version) {
        StringBuilder toml = new StringBuilder("[package]\nedition = \"2021\"\nname = \"").append(spec.name())
                .append("\"\nversion = \"").append(version).append("\"\ndescription = \"").append(spec.description())
                .append("\"\nreadme = \"README.md\"\nlicense = \"MIT\"\n\n[lib]\nname = \"").append(libName(spec.name()))
                .append("\"\npath = \"src/lib.rs\"\n");
        new TreeMap<>(spec.dependencies()).forEach((name, req) ->
                toml.append("\n[dependencies.").append(name).append("]\nversion = \"").append(req).append("\"\n"));
        if (!spec.features().isEmpty()) {
            toml.append("\n[features]\n");
            spec.features().forEach(f -> toml.append(f).append(" = []\n"));
        }
        return toml.toString();
    }

    private static String libRs(CrateSpec spec, String version) {
        StringBuilder rs = new StringBuilder("//! ").append(spec.description()).append(".\n\n")
                .append("/// This crate and every crate below it, as \"name version > name version\".\n")
                .append("pub fn chain() -> String {\n    let mut chain = String::from(\"").append(spec.name()).append(' ')
                .append(version).append("\");\n");
        new TreeMap<>(spec.dependencies()).keySet().forEach(dep -> rs.append("    chain.push_str(\" > \");\n")
                .append("    chain.push_str(&").append(libName(dep)).append("::chain());\n"));
        return rs.append("    chain\n}\n").toString();
    }

    static String libName(String crate) {
        return crate.replace('-', '_');
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
