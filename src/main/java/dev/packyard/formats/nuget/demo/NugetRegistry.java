package dev.packyard.formats.nuget.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.demo.common.DemoRequest;
import dev.packyard.demo.common.DemoResponse;
import dev.packyard.demo.common.Digests;
import dev.packyard.demo.common.FormatRegistry;
import dev.packyard.demo.common.SeedTimes;
import dev.packyard.demo.common.Shelf;
import dev.packyard.formats.nuget.manifest.CatalogEntries;
import dev.packyard.formats.nuget.manifest.NuspecReader;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PercentDecoding;
import dev.packyard.model.SharedJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The demo's NuGet Gallery, speaking the v3 protocol as the public gallery does: the service index at
 * {@code v3/index.json}, registrations at {@code v3/registration/ID/index.json} (one inline page), the flat container at
 * {@code v3-flatcontainer/ID/index.json} with {@code .nupkg} and {@code .nuspec} files, ids and versions lower-cased.
 */
public final class NugetRegistry implements FormatRegistry {
    private static final String JSON = "application/json";

    private final Clock clock;
    private final Shelf<NugetRelease> shelf = new Shelf<>("nuget", PackageFormat.NUGET);

    public NugetRegistry(Clock clock) {
        this.clock = clock;
        List<NugetPackageSpec> seed = NugetSeed.packages();
        for (int p = 0; p < seed.size(); p++) {
            NugetPackageSpec spec = seed.get(p);
            for (int v = 0; v < spec.versions().size(); v++) {
                NugetRelease release = release(spec.id(), spec.versions().get(v), spec.description(), spec.dependencies(),
                        SeedTimes.release(p, v));
                shelf.add(release.lowerId(), release);
            }
        }
    }

    @Override
    public DemoResponse handle(DemoRequest request) {
        String path = PercentDecoding.pathOrRaw(request.path()).toLowerCase(Locale.ROOT);
        String[] s = path.split("/");
        if (path.equals("v3/index.json")) {
            return json(serviceIndex(request.baseUrl()));
        }
        if (s.length == 4 && s[0].equals("v3") && s[1].equals("registration") && s[3].equals("index.json")) {
            List<NugetRelease> releases = shelf.releases(s[2]);
            return releases.isEmpty() ? DemoResponse.notFound("NuGet package '" + s[2] + "'")
                    : json(registration(releases, request.baseUrl()));
        }
        if (s.length == 3 && s[0].equals("v3-flatcontainer") && s[2].equals("index.json")) {
            List<NugetRelease> releases = shelf.releases(s[1]);
            if (releases.isEmpty()) {
                return DemoResponse.notFound("NuGet package '" + s[1] + "'");
            }
            ObjectNode versions = SharedJson.MAPPER.createObjectNode();
            releases.forEach(r -> versions.withArray("versions").add(r.lowerVersion()));
            return json(versions);
        }
        if (s.length == 4 && s[0].equals("v3-flatcontainer")) {
            Optional<NugetRelease> release = shelf.releases(s[1]).stream().filter(r -> r.lowerVersion().equals(s[2])).findFirst();
            if (release.isPresent() && s[3].equals(release.get().fileName(".nupkg"))) {
                return DemoResponse.ok("application/octet-stream", release.get().nupkg());
            }
            if (release.isPresent() && s[3].equals(release.get().fileName(".nuspec"))) {
                return DemoResponse.ok("application/xml", release.get().nuspec());
            }
            return DemoResponse.notFound("NuGet file '" + path + "'");
        }
        return DemoResponse.notFound("'" + path + "' (the demo gallery serves v3/index.json, v3/registration/ and v3-flatcontainer/)");
    }

    private static ObjectNode serviceIndex(String base) {
        ObjectNode index = SharedJson.MAPPER.createObjectNode().put("version", "3.0.0");
        ArrayNode resources = index.putArray("resources");
        resources.addObject().put("@id", base + "v3-flatcontainer/").put("@type", "PackageBaseAddress/3.0.0");
        for (String type : List.of("RegistrationsBaseUrl", "RegistrationsBaseUrl/3.4.0", "RegistrationsBaseUrl/3.6.0")) {
            resources.addObject().put("@id", base + "v3/registration/").put("@type", type);
        }
        return index;
    }

    private static ObjectNode registration(List<NugetRelease> releases, String base) {
        String lowerId = releases.get(0).lowerId();
        String registrationBase = base + "v3/registration/" + lowerId + "/";
        ObjectNode index = SharedJson.MAPPER.createObjectNode();
        index.put("@id", registrationBase + "index.json");
        index.put("count", 1);
        ObjectNode page = index.putArray("items").addObject();
        page.put("@id", registrationBase + "index.json#page/" + releases.get(0).lowerVersion() + "/"
                + releases.get(releases.size() - 1).lowerVersion());
        page.put("count", releases.size());
        page.put("lower", releases.get(0).version());
        page.put("upper", releases.get(releases.size() - 1).version());
        ArrayNode items = page.putArray("items");
        for (NugetRelease r : releases) {
            String content = base + "v3-flatcontainer/" + r.lowerId() + "/" + r.lowerVersion() + "/" + r.fileName(".nupkg");
            ObjectNode leaf = items.addObject();
            leaf.put("@id", registrationBase + r.lowerVersion() + ".json");
            leaf.put("packageContent", content);
            ObjectNode entry = CatalogEntries.of(readBack(r), r.version());
            entry.put("@id", base + "v3/catalog0/data/" + r.lowerId() + "." + r.lowerVersion() + ".json");
            entry.put("listed", true);
            entry.put("published", r.published().toString());
            entry.put("packageContent", content);
            leaf.set("catalogEntry", entry);
        }
        return index;
    }

    private static dev.packyard.formats.nuget.manifest.Nuspec readBack(NugetRelease r) {
        try {
            return NuspecReader.read(r.nuspec());
        } catch (IOException e) {
            throw new UncheckedIOException("The demo's own nuspec of " + r.id() + " " + r.version() + " does not read back", e);
        }
    }

    @Override
    public String publishNextVersion(String packageName) {
        return shelf.publishNext(packageName.toLowerCase(Locale.ROOT), (version, previous) -> release(previous.id(), version,
                previous.description(), previous.dependencies(), clock.instant())).version();
    }

    @Override
    public SortedSet<String> packageNames() {
        return shelf.names();
    }

    @Override
    public List<String> versions(String packageName) {
        return shelf.releases(packageName.toLowerCase(Locale.ROOT)).stream().map(NugetRelease::version).toList();
    }

    private static NugetRelease release(String id, String version, String description, Map<String, String> dependencies,
                                        Instant published) {
        byte[] nuspec = Nupkgs.nuspec(id, version, description, dependencies).getBytes(StandardCharsets.UTF_8);
        byte[] nupkg = Nupkgs.nupkg(id, nuspec);
        return new NugetRelease(id, version, description, Map.copyOf(dependencies), published, nupkg, nuspec, Digests.of(nupkg));
    }

    private static DemoResponse json(ObjectNode doc) {
        try {
            return DemoResponse.ok(JSON, SharedJson.MAPPER.writeValueAsBytes(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A NuGet document could not be written as JSON", e);
        }
    }
}
