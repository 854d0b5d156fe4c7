package dev.packyard.formats.ruby.demo;

import dev.packyard.demo.common.DemoRequest;
import dev.packyard.demo.common.DemoResponse;
import dev.packyard.demo.common.DemoVersions;
import dev.packyard.demo.common.Digests;
import dev.packyard.demo.common.FormatRegistry;
import dev.packyard.demo.common.SeedTimes;
import dev.packyard.demo.common.Shelf;
import dev.packyard.demo.common.UnknownPackageException;
import dev.packyard.formats.ruby.gem.GemFileName;
import dev.packyard.formats.ruby.gem.GemSpec;
import dev.packyard.formats.ruby.gem.GemspecMarshal;
import dev.packyard.formats.ruby.gem.InfoLine;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PercentDecoding;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The demo's RubyGems.org: the compact index ({@code versions}, {@code info/NAME}), the gems under {@code gems/} and
 * their quick specs under {@code quick/Marshal.4.8/}, all relative to the registry's base URL.
 */
public final class RubyGemsRegistry implements FormatRegistry {
    private static final String AUTHOR = "Packyard demo";
    private final Clock clock;
    private final Shelf<GemRelease> shelf = new Shelf<>("RubyGems", PackageFormat.RUBY);

    public RubyGemsRegistry(Clock clock) {
        this.clock = clock;
        List<RubySeed.GemSeed> seed = RubySeed.gems();
        for (int g = 0; g < seed.size(); g++) {
            RubySeed.GemSeed gem = seed.get(g);
            for (int v = 0; v < gem.versions().size(); v++) {
                shelf.add(gem.name(), release(gem, gem.versions().get(v), SeedTimes.release(g, v)));
            }
        }
    }

    @Override
    public DemoResponse handle(DemoRequest request) {
        String path = PercentDecoding.pathOrRaw(request.path());
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        if (path.isEmpty()) {
            return DemoResponse.ok(DemoResponse.TEXT, "The Packyard demo's RubyGems\n");
        }
        if (path.equals("versions")) {
            return text(versionsFile());
        }
        if (path.startsWith("info/")) {
            String name = path.substring("info/".length());
            List<GemRelease> releases = shelf.releases(name);
            return releases.isEmpty() ? DemoResponse.notFound("Gem '" + name + "'") : text(info(releases));
        }
        if (path.startsWith("gems/")) {
            return built(path.substring("gems/".length()), ".gem").map(b -> DemoResponse.ok("application/octet-stream", b.bytes()))
                    .orElseGet(() -> DemoResponse.notFound("Gem file '" + request.path() + "'"));
        }
        if (path.startsWith("quick/Marshal.4.8/")) {
            return built(path.substring("quick/Marshal.4.8/".length()), ".gemspec.rz")
                    .map(b -> DemoResponse.ok("application/octet-stream", GemspecMarshal.rz(b.spec())))
                    .orElseGet(() -> DemoResponse.notFound("Quick spec '" + request.path() + "'"));
        }
        return DemoResponse.notFound("RubyGems path '/" + path + "'");
    }

    private Optional<GemRelease.Built> built(String file, String ending) {
        return GemFileName.parse(file, ending).flatMap(f -> shelf.release(f.name(), f.version())
                .flatMap(r -> r.gems().stream().filter(b -> b.spec().platform().equals(f.platform())).findFirst()));
    }

    private String versionsFile() {
        StringBuilder text = new StringBuilder("created_at: 2024-03-01T09:30:00Z\n---\n");
        for (String name : shelf.names()) {
            List<GemRelease> releases = shelf.releases(name);
            List<String> versions = new ArrayList<>();
            releases.forEach(r -> r.gems().forEach(b -> versions.add(InfoLine.of(b.spec(), Optional.empty()).versionAndPlatform())));
            text.append(name).append(' ').append(String.join(",", versions)).append(' ')
                    .append(Digests.hex("MD5", info(releases).getBytes(StandardCharsets.UTF_8))).append('\n');
        }
        return text.toString();
    }

    private static String info(List<GemRelease> releases) {
        StringBuilder text = new StringBuilder("---\n");
        releases.forEach(r -> r.gems().forEach(b -> text.append(InfoLine.of(b.spec(), Optional.of(b.digests().sha256Hex())).written())
                .append('\n')));
        return text.toString();
    }

    private static DemoResponse text(String body) {
        return new DemoResponse(200, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8),
                Map.of("ETag", "\"" + Digests.hex("MD5", body.getBytes(StandardCharsets.UTF_8)) + "\""));
    }

    @Override
    public String publishNextVersion(String gemName) {
        List<GemRelease> releases = shelf.releases(gemName);
        RubySeed.GemSeed seed = RubySeed.gems().stream().filter(g -> g.name().equals(gemName)).findFirst()
                .orElseThrow(() -> new UnknownPackageException("RubyGems", gemName, shelf.names()));
        // The next patch of the newest release; a prerelease above it stays a prerelease.
        String newestRelease = releases.stream().map(GemRelease::version).filter(v -> v.matches("[0-9.]+"))
                .reduce((a, b) -> b).orElse("0.0.0");
        String next = DemoVersions.nextPatch(newestRelease);
        shelf.add(gemName, release(seed, next, clock.instant()));
        return next;
    }

    @Override
    public SortedSet<String> packageNames() {
        return shelf.names();
    }

    @Override
    public List<String> versions(String gemName) {
        return shelf.releases(gemName).stream().map(GemRelease::version).toList();
    }

    private static GemRelease release(RubySeed.GemSeed seed, String version, Instant published) {
        List<GemRelease.Built> gems = new ArrayList<>();
        for (String platform : seed.platforms()) {
            GemSpec spec = new GemSpec(seed.name(), version, platform, seed.summary(), seed.summary() + " (Packyard offline demo).",
                    List.of(AUTHOR), "https://example.com/packyard-demo/" + seed.name(), List.of("MIT"), seed.dependencies(),
                    null, null);
            byte[] bytes = GemBuilder.build(spec, published);
            gems.add(new GemRelease.Built(spec, bytes, Digests.of(bytes)));
        }
        return new GemRelease(version, published, gems);
    }
}
