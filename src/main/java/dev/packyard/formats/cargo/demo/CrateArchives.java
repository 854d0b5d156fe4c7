package dev.packyard.formats.cargo.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Builds {@code .crate} files as {@code cargo package} does: a gzip'd tar with everything under
 * {@code NAME-VERSION/}, a normalised Cargo.toml beside the original, and a library whose {@code chain()} names the
 * crate and, through its dependencies, the crates below it. Entry times are fixed, so the bytes (and the checksum)
 * never change between runs.
 */
final class CrateArchives {
    private static final FileTime ENTRY_TIME = FileTime.from(Instant.parse("2006-07-24T01:21:28Z"));

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
        return gzip(tar(files));
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

    private static byte[] tar(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_GNU);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(file.getKey());
                entry.setSize(file.getValue().length);
                entry.setMode(0100644);
                entry.setLastModifiedTime(ENTRY_TIME);
                tar.putArchiveEntry(entry);
                tar.write(file.getValue());
                tar.closeArchiveEntry();
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build an in-memory tar", e);
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not gzip an in-memory tar", e);
        }
        return bytes.toByteArray();
    }
}
