package dev.packyard.formats.npm.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.model.Asset;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageDependency;
import dev.packyard.model.VersionDetails;
import dev.packyard.model.VersionMetadata.License;
import dev.packyard.service.details.BoundedReads;
import dev.packyard.service.details.VersionDetailsReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * An npm version's details from its tarball: {@code package.json} and the README next to it, in the tarball's one
 * top folder (npm packs into {@code package/}, some tools into other names).
 */
public final class NpmTarballDetailsReader implements VersionDetailsReader {
    /** package.json's dependency sections and the dependencyType CodeArtifact gives each. */
    private static final Map<String, String> SECTIONS = Map.of("dependencies", "regular", "devDependencies", "dev",
            "peerDependencies", "peer", "optionalDependencies", "optional");
    private static final List<String> SECTION_ORDER = List.of("dependencies", "devDependencies", "peerDependencies",
            "optionalDependencies");

    private final ObjectMapper json;

    public NpmTarballDetailsReader(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Optional<Asset> describingAsset(PackageCoordinate coordinate, String version, List<Asset> assets) {
        return assets.stream().filter(a -> a.name().endsWith(".tgz")).findFirst();
    }

    @Override
    public VersionDetails read(PackageCoordinate coordinate, String version, Asset asset, InputStream content)
            throws IOException {
        byte[] packageJson = null;
        String readme = null;
        int readmeRank = Integer.MAX_VALUE;
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(content))) {
            TarArchiveEntry entry;
            // Stops once both are found: the rest of a large tarball need not be unpacked.
            while ((packageJson == null || readmeRank > 0) && (entry = tar.getNextEntry()) != null) {
                String file = fileInTopFolder(entry);
                if (file == null) {
                    continue;
                }
                if (file.equals("package.json") && packageJson == null) {
                    packageJson = BoundedReads.all(tar, BoundedReads.MANIFEST_LIMIT, entry.getName());
                } else if (readmeRank(file) < readmeRank) {
                    readmeRank = readmeRank(file);
                    readme = BoundedReads.textPrefix(tar, BoundedReads.README_LIMIT);
                }
            }
        }
        if (packageJson == null) {
            throw new IOException("the tarball has no package.json in its top folder");
        }
        JsonNode pkg = json.readTree(packageJson);
        if (pkg == null || !pkg.isObject()) {
            throw new IOException("package.json is not a JSON object");
        }
        if (readme == null && pkg.path("readme").isTextual()) {
            readme = BoundedReads.textPrefix(pkg.path("readme").asText(), BoundedReads.README_LIMIT);
        }
        return new VersionDetails(text(pkg, "description"), text(pkg, "homepage"),
                NpmRepositoryUrl.of(pkg.get("repository")), licenses(pkg), readme, dependencies(pkg));
    }

    /** The path below the tarball's top folder of a regular file directly in it, or null. */
    private static String fileInTopFolder(TarArchiveEntry entry) {
        if (!entry.isFile()) {
            return null;
        }
        String[] parts = entry.getName().split("/");
        return parts.length == 2 ? parts[1] : null;
    }

    /** npm shows README.md before other README files; lower is better, MAX_VALUE is not a readme. */
    private static int readmeRank(String file) {
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.equals("readme.md")) {
            return 0;
        }
        if (lower.equals("readme") || lower.startsWith("readme.")) {
            return 1;
        }
        return Integer.MAX_VALUE;
    }

    private static List<License> licenses(JsonNode pkg) {
        List<License> out = new ArrayList<>();
        JsonNode license = pkg.get("license");
        if (license != null && license.isTextual() && !license.asText().isBlank()) {
            out.add(new License(license.asText(), null));
        } else if (license != null && license.isObject()) {
            addLicense(out, license);
        }
        // The long-deprecated list form, still in old packages.
        JsonNode licenses = pkg.get("licenses");
        if (out.isEmpty() && licenses != null && licenses.isArray()) {
            licenses.forEach(l -> addLicense(out, l));
        }
        return out;
    }

    private static void addLicense(List<License> out, JsonNode license) {
        if (license.isTextual()) {
            out.add(new License(license.asText(), null));
        } else if (license.isObject() && (text(license, "type") != null || text(license, "url") != null)) {
            out.add(new License(text(license, "type"), text(license, "url")));
        }
    }

    private static List<PackageDependency> dependencies(JsonNode pkg) {
        List<PackageDependency> out = new ArrayList<>();
        for (String section : SECTION_ORDER) {
            JsonNode deps = pkg.get(section);
            if (deps == null || !deps.isObject()) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = deps.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> dep = fields.next();
                out.add(dependency(dep.getKey(), SECTIONS.get(section), dep.getValue().isTextual()
                        ? dep.getValue().asText() : null));
            }
        }
        JsonNode bundled = pkg.has("bundleDependencies") ? pkg.get("bundleDependencies") : pkg.get("bundledDependencies");
        if (bundled != null && bundled.isArray()) {
            for (JsonNode name : bundled) {
                if (name.isTextual()) {
                    out.add(dependency(name.asText(), "bundled", text(pkg.path("dependencies"), name.asText())));
                }
            }
        }
        return out;
    }

    /** {@code @scope/name} → namespace {@code scope}, package {@code name}, as CodeArtifact stores npm names. */
    private static PackageDependency dependency(String name, String type, String range) {
        if (name.startsWith("@") && name.indexOf('/') > 1) {
            int slash = name.indexOf('/');
            return new PackageDependency(name.substring(1, slash), name.substring(slash + 1), type, range);
        }
        return new PackageDependency(null, name, type, range);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
