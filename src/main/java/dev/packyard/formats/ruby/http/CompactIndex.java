package dev.packyard.formats.ruby.http;

import dev.packyard.application.fetch.PackageView;
import dev.packyard.formats.ruby.gem.InfoLine;
import dev.packyard.formats.ruby.upstream.RubyGemsClient;
import dev.packyard.model.Hashes;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.Repository;
import dev.packyard.server.ServerContext;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The compact index of a repository as Bundler reads it. {@code info/NAME} lists every .gem the repository offers for
 * the gem. {@code versions} names every gem a client can get: those held on the resolution path, with the MD5 of
 * the info file Packyard serves for them, and those the public registries list, with their registry's line (Bundler
 * then asks Packyard for the info file, revalidating it by ETag).
 */
final class CompactIndex {
    /** Held gems beyond this many are listed with the registry's line only, so /versions stays quick to build. */
    private static final int HELD_NAMES_LIMIT = 2000;
    private static final PackageCoordinate ANY_GEM = PackageCoordinate.of(PackageFormat.RUBY, null, "versions");

    private final ServerContext context;
    private final GemEntries entries;

    CompactIndex(ServerContext context, GemEntries entries) {
        this.context = context;
        this.entries = entries;
    }

    byte[] info(Repository repository, PackageView view) {
        return infoText(repository, view).getBytes(StandardCharsets.UTF_8);
    }

    private String infoText(Repository repository, PackageView view) {
        StringBuilder text = new StringBuilder("---\n");
        for (GemEntries.Entry e : entries.of(repository.id(), view)) {
            text.append(InfoLine.of(e.spec(), e.sha256()).written()).append('\n');
        }
        return text.toString();
    }

    byte[] versions(Repository repository) {
        Map<String, String> lines = new TreeMap<>();
        List<Map<String, String>> upstream = context.content().fetch().askUpstreams(repository, ANY_GEM, "versions",
                client -> client instanceof RubyGemsClient ruby ? java.util.Optional.of(ruby.versionsFile()) : java.util.Optional.empty());
        upstream.forEach(file -> file.forEach(lines::putIfAbsent));
        for (String name : heldNames(repository)) {
            PackageView view = context.content().fetch().view(repository, PackageCoordinate.of(PackageFormat.RUBY, null, name));
            List<GemEntries.Entry> offered = entries.of(repository.id(), view);
            if (offered.isEmpty()) {
                continue;
            }
            Set<String> versions = new LinkedHashSet<>();
            offered.forEach(e -> versions.add(InfoLine.of(e.spec(), e.sha256()).versionAndPlatform()));
            String md5 = Hashes.hex("MD5", infoText(repository, view).getBytes(StandardCharsets.UTF_8));
            lines.put(name, String.join(",", versions) + " " + md5);
        }
        StringBuilder text = new StringBuilder("created_at: 2024-01-01T00:00:00Z\n---\n");
        lines.forEach((name, rest) -> text.append(name).append(' ').append(rest).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Set<String> heldNames(Repository repository) {
        Set<String> names = new LinkedHashSet<>();
        for (Repository step : context.content().fetch().resolutionPath(repository, ANY_GEM)) {
            PackageCoordinate after = null;
            while (names.size() < HELD_NAMES_LIMIT) {
                List<PackageSummary> page = context.content().held().page(step.id(), PackageFormat.RUBY, after, 500);
                page.forEach(p -> names.add(p.coordinate().name()));
                if (page.size() < 500) {
                    break;
                }
                after = page.get(page.size() - 1).coordinate();
            }
        }
        return names;
    }
}
