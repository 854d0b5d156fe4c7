package dev.packyard.formats.cargo.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.application.fetch.AssetEntry;
import dev.packyard.application.fetch.AvailableVersion;
import dev.packyard.application.fetch.PackageView;
import dev.packyard.application.fetch.UpstreamSource;
import dev.packyard.application.fetch.VersionSource;
import dev.packyard.formats.cargo.index.IndexFile;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.RepositoryId;
import dev.packyard.model.SharedJson;
import dev.packyard.service.packages.HeldPackages;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A crate's index file as a repository offers it: one line per version Cargo may resolve or keep in a lock file, lowest version first.
 * Each line is the one published here (stored as the version's manifest) or the public registry's; {@code cksum} is
 * always the SHA-256 of the file Packyard serves. Unlisted versions are Cargo's yanked ones: they stay in the file
 * with {@code yanked: true}, so existing lock files keep working; Archived and Disposed versions are left out.
 */
final class CargoIndexFiles {
    private final HeldPackages manifests;

    CargoIndexFiles(HeldPackages manifests) {
        this.manifests = manifests;
    }

    /** The file's text; empty when the repository offers no version Cargo could use. */
    Optional<String> render(RepositoryId repository, PackageView view) {
        List<IndexFile> upstream = upstreamFiles(view);
        StringBuilder text = new StringBuilder();
        List<AvailableVersion> oldestFirst = view.versions().stream()
                .sorted(java.util.Comparator.comparing(AvailableVersion::version, view.coordinate().format().versionOrder()))
                .toList();
        for (AvailableVersion v : oldestFirst) {
            if (v.status() != PackageVersionStatus.Published && v.status() != PackageVersionStatus.Unlisted) {
                continue;
            }
            Optional<String> sha256 = v.assets().stream().filter(a -> a.name().endsWith(".crate")).findFirst()
                    .or(() -> v.assets().stream().findFirst()).map(AssetEntry::hashes).map(h -> h.get(HashAlgorithm.SHA256));
            if (sha256.isEmpty()) {
                continue;
            }
            Optional<ObjectNode> published = publishedLine(repository, view, v);
            ObjectNode line = published.or(() -> upstreamLine(upstream, v.version()))
                    .orElseGet(() -> minimalLine(view.coordinate().name(), v.version()));
            boolean yankedUpstream = published.isEmpty() && line.path("yanked").asBoolean(false);
            line.put("vers", v.version());
            line.put("cksum", sha256.get());
            line.put("yanked", yankedUpstream || v.status() == PackageVersionStatus.Unlisted);
            text.append(IndexFile.write(line));
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text.toString());
    }

    private Optional<ObjectNode> publishedLine(RepositoryId repository, PackageView view, AvailableVersion v) {
        if (v.source() != VersionSource.RETAINED) {
            return Optional.empty();
        }
        return manifests.manifest(new RepositoryId(repository.domain(), v.from()), view.coordinate(), v.version()).flatMap(text -> {
            try {
                JsonNode node = SharedJson.MAPPER.readTree(text);
                return node instanceof ObjectNode object && object.has("deps") ? Optional.of(object) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<ObjectNode> upstreamLine(List<IndexFile> files, String version) {
        return files.stream().map(f -> f.line(version)).flatMap(Optional::stream).findFirst();
    }

    private static ObjectNode minimalLine(String name, String version) {
        ObjectNode line = SharedJson.MAPPER.createObjectNode();
        line.put("name", name);
        line.put("vers", version);
        line.putArray("deps");
        line.putObject("features");
        return line;
    }

    private static List<IndexFile> upstreamFiles(PackageView view) {
        return view.upstreams().stream().map(UpstreamSource::listing).flatMap(Optional::stream)
                .flatMap(cached -> cached.listing().document().stream())
                .map(document -> IndexFile.parse(document.text())).toList();
    }
}
