package dev.packyard.formats.npm.demo;

import dev.packyard.model.SharedJson;
import dev.packyard.model.PercentDecoding;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.demo.common.DemoRequest;
import dev.packyard.demo.common.DemoResponse;
import dev.packyard.demo.common.Digests;
import dev.packyard.demo.common.FormatRegistry;
import dev.packyard.demo.common.SeedTimes;
import dev.packyard.demo.common.Shelf;
import dev.packyard.model.PackageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/** The demo's npm registry: packuments at {@code /<name>}, tarballs at {@code /<name>/-/<file>.tgz}. */
public final class NpmRegistry implements FormatRegistry {
    public static final String ABBREVIATED = "application/vnd.npm.install-v1+json";
    private static final String JSON = "application/json";

    private final Clock clock;
    private final ObjectMapper json = SharedJson.MAPPER;
    private final NpmTarballs tarballs = new NpmTarballs(json);
    private final NpmPackuments packuments = new NpmPackuments(json);
    private final Shelf<NpmRelease> shelf = new Shelf<>("npm", PackageFormat.NPM);

    public NpmRegistry(Clock clock) {
        this.clock = clock;
        List<NpmPackageSpec> seed = NpmSeed.packages();
        for (int p = 0; p < seed.size(); p++) {
            NpmPackageSpec spec = seed.get(p);
            for (int v = 0; v < spec.versions().size(); v++) {
                shelf.add(spec.name(), release(spec.name(), spec.versions().get(v), spec.description(),
                        spec.dependencies(), SeedTimes.release(p, v)));
            }
        }
    }

    @Override
    public DemoResponse handle(DemoRequest request) {
        // npm asks for scoped packages as /@scope%2fname; decoding first makes both spellings one name.
        String path = PercentDecoding.pathOrRaw(request.path());
        int tarballMarker = path.indexOf("/-/");
        if (tarballMarker > 0) {
            return tarball(path.substring(0, tarballMarker), path.substring(tarballMarker + 3));
        }
        String name = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        List<NpmRelease> releases = shelf.releases(name);
        if (releases.isEmpty()) {
            return notFound("npm package '" + name + "'");
        }
        boolean abbreviated = request.accepts(ABBREVIATED);
        ObjectNode doc = abbreviated ? packuments.abbreviated(releases, request.baseUrl())
                : packuments.full(releases, request.baseUrl());
        return DemoResponse.ok(abbreviated ? ABBREVIATED : JSON, bytes(doc));
    }

    private DemoResponse tarball(String name, String fileName) {
        Optional<NpmRelease> release = shelf.releases(name).stream()
                .filter(r -> r.tarballFileName().equals(fileName)).findFirst();
        return release.map(r -> DemoResponse.ok("application/octet-stream", r.tarball()))
                .orElseGet(() -> notFound("npm tarball '" + name + "/-/" + fileName + "'"));
    }

    private DemoResponse notFound(String what) {
        ObjectNode error = json.createObjectNode().put("error", what + " is not in the demo registry");
        return new DemoResponse(404, JSON, bytes(error), Map.of());
    }

    @Override
    public String publishNextVersion(String packageName) {
        return shelf.publishNext(packageName, (version, previous) -> release(previous.name(), version,
                previous.description(), previous.dependencies(), clock.instant())).version();
    }

    @Override
    public SortedSet<String> packageNames() {
        return shelf.names();
    }

    @Override
    public List<String> versions(String packageName) {
        return shelf.releases(packageName).stream().map(NpmRelease::version).toList();
    }

    private NpmRelease release(String name, String version, String description, Map<String, String> dependencies,
                               Instant published) {
        byte[] tarball = tarballs.build(name, version, description, dependencies);
        return new NpmRelease(name, version, description, Map.copyOf(dependencies), published, tarball,
                Digests.of(tarball));
    }

    private byte[] bytes(ObjectNode doc) {
        try {
            return json.writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A packument could not be written as JSON", e);
        }
    }
}
