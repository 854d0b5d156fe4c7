package dev.packyard.formats.cargo.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.demo.common.DemoRequest;
import dev.packyard.demo.common.DemoResponse;
import dev.packyard.demo.common.FormatRegistry;
import dev.packyard.demo.common.SeedTimes;
import dev.packyard.demo.common.Shelf;
import dev.packyard.formats.cargo.index.IndexFile;
import dev.packyard.formats.cargo.index.IndexPath;
import dev.packyard.model.Hashes;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PercentDecoding;
import dev.packyard.model.SharedJson;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The demo's crates.io, laid out as its sparse index is: {@code config.json}, index files under {@code 1/}, {@code 2/},
 * {@code 3/x/} and {@code ab/cd/}, and downloads under {@code crates/NAME/NAME-VERSION.crate} (a {@code dl} with
 * markers, the layout of crates.io's download host). Every crate is a real {@code .crate} whose SHA-256 is its line's
 * {@code cksum}.
 */
public final class CratesRegistry implements FormatRegistry {
    private final Clock clock;
    private final Shelf<CrateRelease> shelf = new Shelf<>("crates.io", PackageFormat.CARGO);

    public CratesRegistry(Clock clock) {
        this.clock = clock;
        List<CrateSpec> seed = CrateSeed.crates();
        for (int c = 0; c < seed.size(); c++) {
            CrateSpec spec = seed.get(c);
            for (int v = 0; v < spec.versions().size(); v++) {
                shelf.add(spec.name(), release(spec, spec.versions().get(v), SeedTimes.release(c, v)));
            }
        }
    }

    @Override
    public DemoResponse handle(DemoRequest request) {
        String path = PercentDecoding.pathOrRaw(request.path());
        if (path.equals("config.json")) {
            String base = request.baseUrl();
            ObjectNode config = SharedJson.MAPPER.createObjectNode();
            config.put("dl", base + "crates/{crate}/{crate}-{version}.crate");
            config.put("api", base.substring(0, base.length() - 1));
            return json(config);
        }
        if (path.startsWith("crates/")) {
            return download(path.substring("crates/".length()).split("/"));
        }
        return IndexPath.crateOf(path).map(this::indexFile)
                .orElseGet(() -> DemoResponse.notFound("crates.io path '/" + path + "'"));
    }

    private DemoResponse indexFile(String crate) {
        List<CrateRelease> releases = shelf.releases(crate);
        if (releases.isEmpty()) {
            return DemoResponse.notFound("Crate '" + crate + "'");
        }
        StringBuilder text = new StringBuilder();
        releases.forEach(r -> text.append(IndexFile.write(line(r))));
        return DemoResponse.ok("text/plain; charset=utf-8", text.toString());
    }

    private DemoResponse download(String[] parts) {
        String prefix = parts.length == 2 ? parts[0] + "-" : "";
        if (parts.length != 2 || !parts[1].startsWith(prefix) || !parts[1].endsWith(".crate")) {
            return DemoResponse.notFound("crates.io download '" + String.join("/", parts) + "'");
        }
        String version = parts[1].substring(prefix.length(), parts[1].length() - ".crate".length());
        Optional<CrateRelease> release = shelf.release(parts[0].toLowerCase(Locale.ROOT), version);
        return release.map(r -> DemoResponse.ok("application/gzip", r.crate()))
                .orElseGet(() -> DemoResponse.notFound("Crate " + parts[0] + " " + version));
    }

    private static ObjectNode line(CrateRelease release) {
        ObjectNode line = SharedJson.MAPPER.createObjectNode();
        line.put("name", release.spec().name());
        line.put("vers", release.version());
        ArrayNode deps = line.putArray("deps");
        new TreeMap<>(release.spec().dependencies()).forEach((name, req) -> {
            ObjectNode dep = deps.addObject();
            dep.put("name", name);
            dep.put("req", req);
            dep.putArray("features");
            dep.put("optional", false);
            dep.put("default_features", true);
            dep.putNull("target");
            dep.put("kind", "normal");
        });
        line.put("cksum", release.cksum());
        ObjectNode features = line.putObject("features");
        release.spec().features().forEach(f -> features.putArray(f));
        line.put("yanked", false);
        line.putNull("links");
        line.put("pubtime", release.published().toString());
        return line;
    }

    @Override
    public String publishNextVersion(String crate) {
        return shelf.publishNext(crate.toLowerCase(Locale.ROOT), (version, previous) ->
                release(previous.spec(), version, clock.instant())).version();
    }

    @Override
    public SortedSet<String> packageNames() {
        return shelf.names();
    }

    @Override
    public List<String> versions(String crate) {
        return shelf.releases(crate.toLowerCase(Locale.ROOT)).stream().map(CrateRelease::version).toList();
    }

    private static CrateRelease release(CrateSpec spec, String version, Instant published) {
        byte[] crate = CrateArchives.build(spec, version);
        return new CrateRelease(spec, version, published, crate, Hashes.sha256Hex(crate));
    }

    private static DemoResponse json(ObjectNode document) {
        try {
            return DemoResponse.ok("application/json", SharedJson.MAPPER.writeValueAsBytes(document));
        } catch (IOException e) {
            throw new IllegalStateException("A JSON document always serialises", e);
        }
    }
}
