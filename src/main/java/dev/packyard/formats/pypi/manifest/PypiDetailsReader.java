package dev.packyard.formats.pypi.manifest;

import dev.packyard.model.Asset;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageDependency;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.VersionDetails;
import dev.packyard.model.VersionMetadata.License;
import dev.packyard.service.details.BoundedReads;
import dev.packyard.service.details.VersionDetailsReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * A PyPI version's details from its core metadata: a wheel's {@code *.dist-info/METADATA} (preferred: wheels are
 * built, so their metadata is final) or else an sdist's {@code PKG-INFO}.
 */
public final class PypiDetailsReader implements VersionDetailsReader {
    /** PEP 508: name, optional [extras], the version specifier (bare or in parentheses), then ; and a marker. */
    private static final Pattern REQUIREMENT = Pattern.compile(
            "\\s*([A-Za-z0-9][A-Za-z0-9._-]*)\\s*(\\[[^\\]]*\\])?\\s*(\\(([^)]*)\\)|[^;]*)?\\s*(;\\s*(.*))?", Pattern.DOTALL);
    private static final String LICENSE_CLASSIFIER = "License :: ";

    @Override
    public Optional<Asset> describingAsset(PackageCoordinate coordinate, String version, List<Asset> assets) {
        return assets.stream().filter(a -> kind(a.name()) != Kind.OTHER)
                .min(Comparator.comparing((Asset a) -> kind(a.name())).thenComparing(Asset::name));
    }

    @Override
    public VersionDetails read(PackageCoordinate coordinate, String version, Asset asset, InputStream content)
            throws IOException {
        Kind kind = kind(asset.name());
        byte[] metadata = switch (kind) {
            case WHEEL -> find(zip(content), "METADATA", ".dist-info");
            case SDIST_TAR -> find(new TarArchiveInputStream(new GzipCompressorInputStream(content)), "PKG-INFO", null);
            case SDIST_ZIP -> find(zip(content), "PKG-INFO", null);
            case OTHER -> null;
        };
        if (metadata == null) {
            throw new IOException(asset.name() + " has no " + (kind == Kind.WHEEL ? "*.dist-info/METADATA" : "PKG-INFO"));
        }
        return details(CoreMetadata.parse(new String(metadata, StandardCharsets.UTF_8)));
    }

    static VersionDetails details(CoreMetadata m) {
        String readme = BoundedReads.textPrefix(m.description(), BoundedReads.README_LIMIT);
        return new VersionDetails(m.first("Summary"), homePage(m), sourceRepository(m), licenses(m), readme,
                dependencies(m));
    }

    private static String homePage(CoreMetadata m) {
        String homePage = m.first("Home-page");
        return homePage != null ? homePage : projectUrl(m, List.of("homepage", "home"));
    }

    private static String sourceRepository(CoreMetadata m) {
        return projectUrl(m, List.of("source", "sourcecode", "repository", "code", "github"));
    }

    /** A Project-URL whose label, normalised as PEP 753 does (lower case, no punctuation or spaces), is one of these. */
    private static String projectUrl(CoreMetadata m, List<String> labels) {
        for (String label : labels) {
            for (String entry : m.all("Project-URL")) {
                int comma = entry.indexOf(',');
                if (comma > 0 && normalisedLabel(entry.substring(0, comma)).equals(label)) {
                    String url = entry.substring(comma + 1).strip();
                    if (!url.isEmpty()) {
                        return url;
                    }
                }
            }
        }
        return null;
    }

    private static String normalisedLabel(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]", "");
    }

    /**
     * License-Expression (metadata 2.4) or the free-text License when it is a short name; the trove classifiers'
     * license names when neither says it.
     */
    private static List<License> licenses(CoreMetadata m) {
        String expression = m.first("License-Expression");
        if (expression != null) {
            return List.of(new License(expression, null));
        }
        String license = m.first("License");
        if (license != null && !license.contains("\n") && license.length() <= 200) {
            return List.of(new License(license, null));
        }
        List<License> out = new ArrayList<>();
        for (String classifier : m.all("Classifier")) {
            if (classifier.startsWith(LICENSE_CLASSIFIER)) {
                String name = classifier.substring(classifier.lastIndexOf("::") + 2).strip();
                if (!name.isEmpty()) {
                    out.add(new License(name, null));
                }
            }
        }
        return out;
    }

    /** Each Requires-Dist entry, the name normalised as PyPI stores names, specifier and marker as written. */
    private static List<PackageDependency> dependencies(CoreMetadata m) {
        List<PackageDependency> out = new ArrayList<>();
        for (String requirement : m.all("Requires-Dist")) {
            Matcher r = REQUIREMENT.matcher(requirement.strip());
            if (!r.matches()) {
                continue;
            }
            String specifier = (r.group(4) != null ? r.group(4) : r.group(3) == null ? "" : r.group(3)).strip();
            String marker = r.group(6) == null ? "" : r.group(6).strip();
            String versionRequirement = marker.isEmpty() ? specifier : (specifier + "; " + marker).strip();
            out.add(new PackageDependency(null, PackageCoordinate.normaliseName(PackageFormat.PYPI, r.group(1)),
                    "Requires-Dist", versionRequirement.isEmpty() ? null : versionRequirement));
        }
        return out;
    }

    /** The first file with this name directly in a top folder (ending in {@code folderSuffix} when given). */
    private static byte[] find(ArchiveInputStream<? extends ArchiveEntry> archive, String fileName, String folderSuffix)
            throws IOException {
        try (archive) {
            ArchiveEntry entry;
            while ((entry = archive.getNextEntry()) != null) {
                String[] parts = entry.getName().split("/");
                if (!entry.isDirectory() && parts.length == 2 && parts[1].equals(fileName)
                        && (folderSuffix == null || parts[0].endsWith(folderSuffix))) {
                    return BoundedReads.all(archive, BoundedReads.MANIFEST_LIMIT, entry.getName());
                }
            }
        }
        return null;
    }

    /** Read as a stream; stored entries followed by a data descriptor are legal in wheels, so they are allowed. */
    private static ZipArchiveInputStream zip(InputStream content) {
        return new ZipArchiveInputStream(content, StandardCharsets.UTF_8.name(), true, true);
    }

    private static Kind kind(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".whl")) {
            return Kind.WHEEL;
        }
        if (lower.endsWith(".tar.gz")) {
            return Kind.SDIST_TAR;
        }
        if (lower.endsWith(".zip")) {
            return Kind.SDIST_ZIP;
        }
        return Kind.OTHER;
    }

    /** In order of preference. */
    private enum Kind {
        WHEEL, SDIST_TAR, SDIST_ZIP, OTHER
    }
}
