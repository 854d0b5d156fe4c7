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
import dev.packyard.model.RepositoryId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
    /**
     * How long the public registries' versions files are reused (rubygems.org's is tens of megabytes, and Bundler asks
     * for /versions on every resolve); the same minute clients are told they may cache /versions.
     */
    static final Duration UPSTREAM_NAMES_LIFETIME = Duration.ofMinutes(1);

    private record UpstreamNames(Instant fetchedAt, Map<String, String> lines) {
    }

    private final ServerContext context;
    private final GemEntries entries;
    private final Map<RepositoryId, UpstreamNames> upstreamNames = new ConcurrentHashMap<>();

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
        StringBuilder text = new StringBuilder("created_at: 2024-01-01T00:00:00Z\n---\n");
        versionLines(repository).forEach((name, rest) -> text.append(name).append(' ').append(rest).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Each gem's versions-file line after its name: its versions (platform appended) and an info file MD5. */
    Map<String, String> versionLines(Repository repository) {
        Map<String, String> lines = new TreeMap<>(upstreamLines(repository));
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
        return lines;
    }

    private Map<String, String> upstreamLines(Repository repository) {
        Instant now = context.clock().instant();
        UpstreamNames cached = upstreamNames.get(repository.id());
        if (cached != null && now.isBefore(cached.fetchedAt().plus(UPSTREAM_NAMES_LIFETIME))) {
            return cached.lines();
        }
        Map<String, String> lines = new HashMap<>();
        List<Map<String, String>> upstream = context.content().fetch().askUpstreams(repository, ANY_GEM, "versions",
                client -> client instanceof RubyGemsClient ruby ? Optional.of(ruby.versionsFile()) : Optional.empty());
        upstream.forEach(file -> file.forEach(lines::putIfAbsent));
        if (!upstream.isEmpty()) {
            // Only an answer is kept: while the registries cannot be asked, the next request asks again.
            upstreamNames.put(repository.id(), new UpstreamNames(now, Map.copyOf(lines)));
        } else if (cached != null) {
            return cached.lines();
        }
        return lines;
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
