package dev.packyard.formats.pypi.demo;

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
import java.util.Optional;
import java.util.SortedSet;

/**
 * The demo's PyPI: the Simple API under {@code simple/}, wheels under {@code packages/<project>/}, and the
 * JSON API under {@code pypi/<project>/json}, all relative to the registry's base URL. Projects are kept under
 * their normalised names.
 */
public final class PypiRegistry implements FormatRegistry {
    private final Clock clock;
    private final ObjectMapper json = SharedJson.MAPPER;
    private final SimpleIndexPages pages = new SimpleIndexPages(json);
    private final PypiJsonApi jsonApi = new PypiJsonApi(json);
    private final Shelf<PypiRelease> shelf = new Shelf<>("PyPI", PackageFormat.PYPI);

    public PypiRegistry(Clock clock) {
        this.clock = clock;
        List<PypiProjectSpec> seed = PypiSeed.projects();
        for (int p = 0; p < seed.size(); p++) {
            PypiProjectSpec spec = seed.get(p);
            for (int v = 0; v < spec.versions().size(); v++) {
                shelf.add(ProjectNames.normalize(spec.name()), release(spec.name(), spec.versions().get(v),
                        spec.summary(), spec.requiresDist(), SeedTimes.release(p, v)));
            }
        }
    }

    @Override
    public DemoResponse handle(DemoRequest request) {
        String path = PercentDecoding.pathOrRaw(request.path());
        if (path.equals("simple") || path.equals("simple/")) {
            return path.endsWith("/") ? index(request) : DemoResponse.movedTo(request.baseUrl() + "simple/");
        }
        if (path.startsWith("simple/")) {
            return project(path.substring("simple/".length()), request);
        }
        if (path.startsWith("packages/")) {
            return file(path.substring("packages/".length()));
        }
        if (path.startsWith("pypi/") && path.endsWith("/json")) {
            String name = path.substring("pypi/".length(), path.length() - "/json".length());
            List<PypiRelease> releases = shelf.releases(ProjectNames.normalize(name));
            return releases.isEmpty() ? DemoResponse.notFound("PyPI project '" + name + "'")
                    : DemoResponse.ok("application/json", bytes(jsonApi.project(releases, request.baseUrl())));
        }
        return DemoResponse.notFound("PyPI path '/" + path + "'");
    }

    private DemoResponse index(DemoRequest request) {
        List<String> names = List.copyOf(shelf.names());
        if (request.accepts(SimpleIndexPages.JSON_TYPE)) {
            return DemoResponse.ok(SimpleIndexPages.JSON_TYPE, bytes(pages.rootJson(names)));
        }
        return DemoResponse.ok(SimpleIndexPages.HTML_TYPE, pages.rootHtml(names));
    }

    private DemoResponse project(String nameWithSlash, DemoRequest request) {
        String name = nameWithSlash.endsWith("/") ? nameWithSlash.substring(0, nameWithSlash.length() - 1) : nameWithSlash;
        String normalized = ProjectNames.normalize(name);
        List<PypiRelease> releases = shelf.releases(normalized);
        if (releases.isEmpty()) {
            return DemoResponse.notFound("PyPI project '" + name + "'");
        }
        if (!name.equals(normalized) || !nameWithSlash.endsWith("/")) {
            return DemoResponse.movedTo(request.baseUrl() + "simple/" + normalized + "/");
        }
        if (request.accepts(SimpleIndexPages.JSON_TYPE)) {
            return DemoResponse.ok(SimpleIndexPages.JSON_TYPE, bytes(pages.projectJson(normalized, releases, request.baseUrl())));
        }
        return DemoResponse.ok(SimpleIndexPages.HTML_TYPE, pages.projectHtml(normalized, releases, request.baseUrl()));
    }

    private DemoResponse file(String projectAndFile) {
        int slash = projectAndFile.indexOf('/');
        if (slash < 0) {
            return DemoResponse.notFound("PyPI file '" + projectAndFile + "'");
        }
        String project = projectAndFile.substring(0, slash);
        String fileName = projectAndFile.substring(slash + 1);
        Optional<PypiRelease> release = shelf.releases(ProjectNames.normalize(project)).stream()
                .filter(r -> r.fileName().equals(fileName)).findFirst();
        return release.map(r -> DemoResponse.ok("application/octet-stream", r.wheel()))
                .orElseGet(() -> DemoResponse.notFound("PyPI file '" + projectAndFile + "'"));
    }

    @Override
    public String publishNextVersion(String projectName) {
        return shelf.publishNext(ProjectNames.normalize(projectName), (version, previous) -> release(previous.project(),
                version, previous.summary(), previous.requiresDist(), clock.instant())).version();
    }

    @Override
    public SortedSet<String> packageNames() {
        return shelf.names();
    }

    @Override
    public List<String> versions(String projectName) {
        return shelf.releases(ProjectNames.normalize(projectName)).stream().map(PypiRelease::version).toList();
    }

    private static PypiRelease release(String project, String version, String summary, List<String> requiresDist,
                                       Instant published) {
        byte[] wheel = Wheels.build(project, version, summary, requiresDist);
        return new PypiRelease(project, version, summary, List.copyOf(requiresDist), published, wheel, Digests.of(wheel));
    }

    private byte[] bytes(ObjectNode doc) {
        try {
            return json.writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A PyPI JSON document could not be written", e);
        }
    }
}
