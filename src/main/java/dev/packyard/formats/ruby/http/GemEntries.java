package dev.packyard.formats.ruby.http;

import dev.packyard.application.fetch.AssetEntry;
import dev.packyard.application.fetch.AvailableVersion;
import dev.packyard.application.fetch.PackageView;
import dev.packyard.application.fetch.UpstreamSource;
import dev.packyard.application.fetch.VersionSource;
import dev.packyard.formats.ruby.gem.GemFileName;
import dev.packyard.formats.ruby.gem.GemManifest;
import dev.packyard.formats.ruby.gem.GemSpec;
import dev.packyard.formats.ruby.gem.InfoLine;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.packages.HeldPackages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every .gem a repository offers for one gem name, with its spec: from the manifest kept when it was pushed here,
 * else from the public registry's info file (also while that registry is down, from the cached copy), else only
 * what the file name tells. Listed versions only, oldest first, as RubyGems orders them.
 */
final class GemEntries {
    record Entry(String file, GemSpec spec, Optional<String> sha256, VersionSource source) {
    }

    private final HeldPackages manifests;

    GemEntries(HeldPackages manifests) {
        this.manifests = manifests;
    }

    List<Entry> of(RepositoryId repository, PackageView view) {
        String name = view.coordinate().name();
        Map<String, InfoLine> upstream = upstreamLines(view);
        List<AvailableVersion> listed = new ArrayList<>(view.versions().stream().filter(AvailableVersion::listed).toList());
        listed.sort(Comparator.comparing(AvailableVersion::version, view.coordinate().format().versionOrder()));
        List<Entry> out = new ArrayList<>();
        for (AvailableVersion v : listed) {
            Map<String, GemSpec> pushed = v.source() == VersionSource.RETAINED
                    ? manifests.manifest(new RepositoryId(repository.domain(), v.from()), view.coordinate(), v.version())
                    .map(GemManifest::read).orElse(Map.of())
                    : Map.of();
            for (AssetEntry asset : v.assets()) {
                Optional<GemFileName> file = GemFileName.parse(asset.name(), ".gem");
                if (file.isEmpty()) {
                    continue;
                }
                InfoLine line = upstream.get(asset.name());
                GemSpec spec = pushed.containsKey(asset.name()) ? pushed.get(asset.name())
                        : line != null ? line.asSpec(name)
                        : new GemSpec(name, v.version(), file.get().platform(), null, null, List.of(), null, List.of(),
                        List.of(), null, null);
                Optional<String> sha256 = Optional.ofNullable(asset.hashes().get(HashAlgorithm.SHA256))
                        .or(() -> line == null ? Optional.empty() : line.sha256());
                out.add(new Entry(asset.name(), spec, sha256, v.source()));
            }
            // A repository may retain one platform's gem of a version; the registry's other platforms stay offered.
            List<String> files = v.assets().stream().map(AssetEntry::name).toList();
            upstream.forEach((file, line) -> {
                if (line.version().equals(v.version()) && !files.contains(file)) {
                    out.add(new Entry(file, line.asSpec(name), line.sha256(), VersionSource.UPSTREAM));
                }
            });
        }
        // Per version the pure-Ruby gem first, then the platforms by name, so the index reads the same however retained.
        out.sort(Comparator.comparing((Entry e) -> e.spec().version(), view.coordinate().format().versionOrder())
                .thenComparing(e -> !e.spec().platform().equals(GemSpec.RUBY)).thenComparing(e -> e.spec().platform()));
        return out;
    }

    Optional<Entry> file(RepositoryId repository, PackageView view, String fileName) {
        return of(repository, view).stream().filter(e -> e.file().equals(fileName)).findFirst();
    }

    private static Map<String, InfoLine> upstreamLines(PackageView view) {
        Map<String, InfoLine> out = new java.util.LinkedHashMap<>();
        for (UpstreamSource source : view.upstreams()) {
            source.listing().flatMap(l -> l.listing().document()).ifPresent(document -> {
                for (InfoLine line : InfoLine.parseAll(document.text())) {
                    out.putIfAbsent(GemFileName.of(view.coordinate().name(), line.version(), line.platform()), line);
                }
            });
        }
        return out;
    }
}
