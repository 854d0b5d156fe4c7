package dev.packyard.formats.npm.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.packages.HeldPackages;
import dev.packyard.upstream.DocumentBody;
import dev.packyard.upstream.LargeJson;
import dev.packyard.application.fetch.AssetEntry;
import dev.packyard.application.fetch.AvailableVersion;
import dev.packyard.application.fetch.PackageView;
import dev.packyard.application.fetch.UpstreamSource;
import dev.packyard.application.fetch.VersionSource;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the packument npm reads from what a repository offers: listed versions only (Unlisted, Archived and
 * Disposed are hidden), each version's manifest from the registry's packument or from what was published, its
 * tarball URL pointing back at Packyard and its integrity from the asset hashes, dist-tags and times.
 */
final class NpmDocuments {
    private static final ObjectMapper JSON = LargeJson.mapper();
    /** The fields of a version manifest that npm's abbreviated ("corgi") document keeps. */
    private static final Set<String> ABBREVIATED_FIELDS = Set.of("name", "version", "deprecated", "dependencies",
            "optionalDependencies", "devDependencies", "bundleDependencies", "peerDependencies", "peerDependenciesMeta",
            "bin", "directories", "dist", "engines", "_hasShrinkwrap", "hasInstallScript", "cpu", "os", "funding");

    private final HeldPackages held;

    NpmDocuments(HeldPackages held) {
        this.held = held;
    }

    ObjectNode packument(RepositoryId repository, PackageView view, String endpointUrl, boolean abbreviated) {
        PackageCoordinate coordinate = view.coordinate();
        String fullName = NpmPath.fullName(coordinate);
        List<Function<String, Optional<JsonNode>>> upstreamPackuments = upstreamPackuments(view);
        // In version order, whatever the source: the document (and its ETag) stays the same when a version is retained.
        List<AvailableVersion> listed = view.versions().stream().filter(AvailableVersion::listed)
                .sorted(Comparator.comparing(AvailableVersion::version, coordinate.format().versionOrder())).toList();

        ObjectNode doc = JSON.createObjectNode();
        doc.put("name", fullName);
        if (!abbreviated) {
            doc.put("_id", fullName);
        }
        ObjectNode distTags = doc.putObject("dist-tags");
        ObjectNode versions = JSON.createObjectNode();
        ObjectNode time = JSON.createObjectNode();
        Instant modified = Instant.EPOCH;
        for (AvailableVersion v : listed) {
            ObjectNode manifest = manifest(repository, coordinate, v, upstreamPackuments);
            manifest.put("name", fullName);
            manifest.put("version", v.version());
            dist(manifest, v, endpointUrl, fullName);
            versions.set(v.version(), abbreviated ? abbreviate(manifest) : manifest);
            Optional<Instant> published = v.publishedTime();
            if (published.isPresent()) {
                time.put(v.version(), published.get().toString());
                if (published.get().isAfter(modified)) {
                    modified = published.get();
                }
            }
        }
        latest(view, listed).ifPresent(latest -> distTags.put("latest", latest));
        view.tags().forEach((tag, version) -> {
            if (!tag.equals("latest") && versions.has(version)) {
                distTags.put(tag, version);
            }
        });
        doc.set("versions", versions);
        if (abbreviated) {
            doc.put("modified", modified.toString());
        } else {
            time.put("modified", modified.toString());
            listed.stream().flatMap(v -> v.publishedTime().stream()).min(Comparator.naturalOrder())
                    .ifPresent(created -> time.put("created", created.toString()));
            doc.set("time", time);
        }
        return doc;
    }

    /**
     * The registry's latest if the repository offers it; otherwise (a package only published here, or one whose
     * registry latest is hidden) the most recently published listed version, the highest of those published at once.
     */
    private static Optional<String> latest(PackageView view, List<AvailableVersion> listed) {
        String upstreamLatest = view.tags().get("latest");
        if (upstreamLatest != null && listed.stream().anyMatch(v -> v.version().equals(upstreamLatest))) {
            return Optional.of(upstreamLatest);
        }
        return listed.stream().max(Comparator.comparing((AvailableVersion v) -> v.publishedTime().orElse(Instant.EPOCH))
                        .thenComparing(AvailableVersion::version, view.coordinate().format().versionOrder()))
                .map(AvailableVersion::version);
    }

    private ObjectNode manifest(RepositoryId repository, PackageCoordinate coordinate, AvailableVersion v,
                                List<Function<String, Optional<JsonNode>>> upstreamPackuments) {
        if (v.source() == VersionSource.RETAINED) {
            Optional<String> stored = held.manifest(new RepositoryId(repository.domain(), v.from()), coordinate, v.version());
            if (stored.isPresent()) {
                try {
                    JsonNode node = JSON.readTree(stored.get());
                    if (node instanceof ObjectNode object) {
                        return object;
                    }
                } catch (IOException e) {
                    // Fall through to the registry's manifest or a minimal one.
                }
            }
        }
        for (Function<String, Optional<JsonNode>> packument : upstreamPackuments) {
            Optional<JsonNode> manifest = packument.apply(v.version());
            if (manifest.isPresent() && manifest.get() instanceof ObjectNode object) {
                return object.deepCopy();
            }
        }
        return JSON.createObjectNode();
    }

    private static void dist(ObjectNode manifest, AvailableVersion v, String endpointUrl, String fullName) {
        JsonNode existing = manifest.get("dist");
        ObjectNode dist = existing instanceof ObjectNode object ? object : JSON.createObjectNode();
        manifest.set("dist", dist);
        Optional<AssetEntry> tarball = v.assets().stream().filter(a -> a.name().endsWith(".tgz")).findFirst()
                .or(() -> v.assets().stream().findFirst());
        if (tarball.isEmpty()) {
            dist.remove("tarball");
            return;
        }
        AssetEntry file = tarball.get();
        dist.put("tarball", endpointUrl + fullName + "/-/" + file.name());
        Map<HashAlgorithm, String> hashes = file.hashes();
        if (hashes.containsKey(HashAlgorithm.SHA512)) {
            dist.put("integrity", "sha512-" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hashes.get(HashAlgorithm.SHA512))));
        }
        if (hashes.containsKey(HashAlgorithm.SHA1)) {
            dist.put("shasum", hashes.get(HashAlgorithm.SHA1));
        }
        dist.remove("signatures");
        dist.remove("attestations");
    }

    private static ObjectNode abbreviate(ObjectNode manifest) {
        ObjectNode out = JSON.createObjectNode();
        manifest.properties().forEach(e -> {
            if (ABBREVIATED_FIELDS.contains(e.getKey())) {
                out.set(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    /**
     * Each upstream packument as "the manifest of this version": read version by version from a document stored split
     * by version (a large packument is never parsed whole for a request), or from the parsed text of one that is not.
     */
    private static List<Function<String, Optional<JsonNode>>> upstreamPackuments(PackageView view) {
        return view.upstreams().stream()
                .map(UpstreamSource::listing)
                .flatMap(Optional::stream)
                .flatMap(cached -> cached.listing().document().stream())
                .map(document -> manifests(document.body()))
                .toList();
    }

    private static Function<String, Optional<JsonNode>> manifests(DocumentBody body) {
        if (body.splitByVersion()) {
            return version -> body.version(version).flatMap(NpmDocuments::parse);
        }
        Optional<JsonNode> whole = parse(body.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return version -> whole.map(tree -> tree.path("versions").path(version)).filter(JsonNode::isObject);
    }

    private static Optional<JsonNode> parse(byte[] json) {
        try {
            return Optional.ofNullable(JSON.readTree(json));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
