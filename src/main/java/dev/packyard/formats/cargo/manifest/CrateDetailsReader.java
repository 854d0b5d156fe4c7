package dev.packyard.formats.cargo.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.packyard.model.Asset;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageDependency;
import dev.packyard.model.VersionDetails;
import dev.packyard.model.VersionMetadata.License;
import dev.packyard.service.details.BoundedReads;
import dev.packyard.service.details.VersionDetailsReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * A crate version's details from its {@code .crate}: the normalised {@code Cargo.toml} in the archive's one top folder
 * ({@code NAME-VERSION/}) and the readme it names (README.md by default). Dependencies keep Cargo's kinds as their
 * type (normal, dev, build), also under {@code [target.'cfg(...)'.*]}; a renamed dependency names the crate it is.
 */
public final class CrateDetailsReader implements VersionDetailsReader {
    private static final Map<String, String> SECTIONS = Map.of("dependencies", "normal", "dev-dependencies", "dev",
            "build-dependencies", "build");
    private static final List<String> SECTION_ORDER = List.of("dependencies", "dev-dependencies", "build-dependencies");

    private final TomlMapper toml = new TomlMapper();

    @Override
    public Optional<Asset> describingAsset(PackageCoordinate coordinate, String version, List<Asset> assets) {
        return assets.stream().filter(a -> a.name().endsWith(".crate")).findFirst();
    }

    @Override
    public VersionDetails read(PackageCoordinate coordinate, String version, Asset asset, InputStream content)
            throws IOException {
        byte[] manifest = null;
        Map<String, String> readmes = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(content))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String file = fileInTopFolder(entry);
                if (file == null) {
                    continue;
                }
                if (file.equals("Cargo.toml") && manifest == null) {
                    manifest = BoundedReads.all(tar, BoundedReads.MANIFEST_LIMIT, entry.getName());
                } else if (file.toLowerCase(Locale.ROOT).startsWith("readme")) {
                    readmes.put(file, BoundedReads.textPrefix(tar, BoundedReads.README_LIMIT));
                }
            }
        }
        if (manifest == null) {
            throw new IOException("the crate has no Cargo.toml in its top folder");
        }
        JsonNode cargo;
        try {
            cargo = toml.readTree(new String(manifest, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException("the crate's Cargo.toml is not TOML: " + e.getMessage(), e);
        }
        JsonNode pkg = cargo.path("package");
        String license = text(pkg, "license");
        JsonNode readmeField = pkg.get("readme");
        String readmeName = readmeField != null && readmeField.isTextual() ? readmeField.asText() : "README.md";
        String readme = readmeField != null && readmeField.isBoolean() && !readmeField.asBoolean() ? null : readmes.get(readmeName);
        return new VersionDetails(text(pkg, "description"), text(pkg, "homepage"), text(pkg, "repository"),
                license == null ? List.of() : List.of(new License(license, null)), readme, dependencies(cargo));
    }

    private static List<PackageDependency> dependencies(JsonNode cargo) {
        List<PackageDependency> out = new ArrayList<>();
        List<JsonNode> scopes = new ArrayList<>();
        scopes.add(cargo);
        cargo.path("target").forEach(scopes::add);
        for (JsonNode scope : scopes) {
            for (String section : SECTION_ORDER) {
                scope.path(section).properties().forEach(dep -> {
                    JsonNode spec = dep.getValue();
                    String crate = spec.path("package").isTextual() ? spec.get("package").asText() : dep.getKey();
                    String req = spec.isTextual() ? spec.asText() : text(spec, "version");
                    out.add(new PackageDependency(null, crate.toLowerCase(Locale.ROOT), SECTIONS.get(section), req));
                });
            }
        }
        return out;
    }

    /** The path below the archive's top folder of a regular file directly in it, or null. */
    private static String fileInTopFolder(TarArchiveEntry entry) {
        if (!entry.isFile()) {
            return null;
        }
        String[] parts = entry.getName().split("/");
        return parts.length == 2 ? parts[1] : null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
