package dev.packyard.upstream.metadata;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A stand-in public registry whose packages gain versions while a test runs, speaking npm, PyPI JSON and the
 * Maven layout for whichever package is asked; it can be put into an outage (503).
 */
final class ChangingRegistry extends Dispatcher {
    private final Map<String, List<String>> versions = new ConcurrentHashMap<>();
    private final AtomicBoolean down = new AtomicBoolean();

    void publish(String name, String... newVersions) {
        versions.computeIfAbsent(name, k -> new CopyOnWriteArrayList<>()).addAll(List.of(newVersions));
    }

    void outage(boolean isDown) {
        down.set(isDown);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (down.get()) {
            return new MockResponse.Builder().code(503).body("upstream maintenance").build();
        }
        List<String> path = request.getUrl().pathSegments();
        String name = path.get(0).equals("simple") ? path.get(1) : path.get(path.size() - 1).equals("maven-metadata.xml")
                ? path.get(path.size() - 2) : path.get(0);
        String etag = "\"" + versions.getOrDefault(name, List.of()).hashCode() + "\"";
        if (versions.containsKey(name) && etag.equals(request.getHeaders().get("If-None-Match"))) {
            return new MockResponse.Builder().code(304).setHeader("ETag", etag).build();
        }
        return new MockResponse.Builder(render(path)).setHeader("ETag", etag).build();
    }

    private MockResponse render(List<String> path) {
        if (path.get(0).equals("simple")) {
            return pypi(path.get(1));
        }
        if (path.get(path.size() - 1).equals("maven-metadata.xml")) {
            return maven(path.get(path.size() - 2));
        }
        return npm(path.get(0));
    }

    private MockResponse npm(String name) {
        List<String> known = versions.get(name);
        if (known == null) {
            return notFound();
        }
        String body = "{\"name\":\"" + name + "\",\"dist-tags\":{\"latest\":\"" + known.get(known.size() - 1) + "\"},\"versions\":{"
                + known.stream().map(v -> "\"" + v + "\":{\"name\":\"" + name + "\",\"version\":\"" + v
                        + "\",\"dist\":{\"tarball\":\"http://127.0.0.1:9/" + name + "/-/" + name + "-" + v + ".tgz\"}}")
                .collect(Collectors.joining(","))
                + "}}";
        return ok("application/json", body);
    }

    private MockResponse pypi(String name) {
        List<String> known = versions.get(name);
        if (known == null) {
            return notFound();
        }
        String body = "{\"meta\":{\"api-version\":\"1.0\"},\"name\":\"" + name + "\",\"files\":["
                + known.stream().map(v -> "{\"filename\":\"" + name + "-" + v + ".tar.gz\",\"url\":\"/files/" + name + "-" + v
                        + ".tar.gz\",\"hashes\":{\"sha256\":\"" + "ab".repeat(32) + "\"}}")
                .collect(Collectors.joining(","))
                + "]}";
        return ok("application/vnd.pypi.simple.v1+json", body);
    }

    private MockResponse maven(String artifactId) {
        List<String> known = versions.get(artifactId);
        if (known == null) {
            return notFound();
        }
        String body = "<metadata><groupId>org.example</groupId><artifactId>" + artifactId + "</artifactId><versioning><versions>"
                + known.stream().map(v -> "<version>" + v + "</version>").collect(Collectors.joining())
                + "</versions></versioning></metadata>";
        return ok("application/xml", body);
    }

    private static MockResponse ok(String type, String body) {
        return new MockResponse.Builder().setHeader("Content-Type", type).body(body).build();
    }

    private static MockResponse notFound() {
        return new MockResponse.Builder().code(404).body("not found").build();
    }
}
