package dev.packyard.formats.nuget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.app.Backend;
import dev.packyard.app.FetchModule;
import dev.packyard.app.InstalledFormats;
import dev.packyard.app.ServerWiring;
import dev.packyard.demo.DemoEndpoints;
import dev.packyard.demo.DemoRegistry;
import dev.packyard.model.ExternalConnection;
import dev.packyard.server.PackyardServer;
import dev.packyard.testing.ManualScheduler;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestBackends;
import dev.packyard.upstream.discovery.DiscoveredEndpoint;
import dev.packyard.upstream.timing.TimingProfile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The real backend and HTTP server with public:nuget-org pointed at the demo's NuGet Gallery, laid out as the demo
 * domain is: {@code nuget-store} holds the external connection, {@code mid} lists it as upstream, and {@code app}
 * lists {@code mid}. Persistence runs only when the test advances the scheduler.
 */
final class NugetFeedFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final MutableClock clock = MutableClock.startingAt("2026-03-01T09:00:00Z");
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final Path dir;
    final DemoRegistry demo;
    final String galleryUrl;
    Backend backend;
    FetchModule fetch;
    PackyardServer server;
    final OkHttpClient http = new OkHttpClient.Builder().followRedirects(false).build();
    String token;
    String owner;

    NugetFeedFixture(Path dir) {
        this.dir = dir;
        demo = new DemoRegistry(clock, InstalledFormats.formats().demoStandIns());
        DemoEndpoints urls = demo.start(0);
        galleryUrl = urls.baseFor(ExternalConnection.NUGET_ORG.format()).toString();
        open();
        backend.catalog().domains().create("demo", null);
        backend.catalog().repositories().create(null, "demo", "nuget-store", null, null);
        backend.catalog().repositories().associateExternalConnection(null, "demo", "nuget-store", ExternalConnection.NUGET_ORG.connectionName());
        backend.catalog().repositories().create(null, "demo", "mid", null, List.of("nuget-store"));
        backend.catalog().repositories().create(null, "demo", "app", null, List.of("mid"));
        login();
    }

    private void open() {
        backend = TestBackends.open(dir, clock, scheduler);
        fetch = new FetchModule(backend, TimingProfile.codeartifact(), List.of(DiscoveredEndpoint.found(ExternalConnection.NUGET_ORG,
                galleryUrl, "the test's demo gallery")), Runnable::run);
        server = ServerWiring.start(backend, fetch.engine(), "127.0.0.1", 0);
    }

    private void login() {
        owner = backend.catalog().domains().require(null, "demo").id().owner();
        token = backend.catalog().tokens().issue(null, "demo", null).token();
    }

    /** Packyard stopped and started again on the same data directory; the gallery keeps running. */
    void restart() {
        closePackyard();
        open();
        login();
    }

    /** Past the persistence latency: the fetch task schedules persistence just after answering, and persists on the queue. */
    void persistDue() throws InterruptedException {
        if (!backend.tasks().queue().awaitIdle(java.time.Duration.ofSeconds(20))) {
            throw new AssertionError("the fetch tasks did not finish");
        }
        scheduler.advance(java.time.Duration.ofMinutes(5));
        if (!backend.tasks().queue().awaitIdle(java.time.Duration.ofSeconds(20))) {
            throw new AssertionError("the persistence tasks did not finish");
        }
    }

    String endpoint(String repository) {
        return "http://127.0.0.1:" + server.port() + "/d/demo/" + owner + "/nuget/" + repository + "/";
    }

    /** As the NuGet client sends a source's credentials: Basic, user aws, the token as password. */
    Request.Builder authorized(String url) {
        String basic = Base64.getEncoder().encodeToString(("aws:" + token).getBytes(StandardCharsets.UTF_8));
        return new Request.Builder().url(url).header("Authorization", "Basic " + basic);
    }

    Answer get(String url) throws IOException {
        return call(authorized(url).build());
    }

    JsonNode json(String url) throws IOException {
        Answer answer = get(url);
        if (answer.status() != 200) {
            throw new AssertionError("GET " + url + " answered " + answer.status() + ": " + answer.text());
        }
        return JSON.readTree(answer.body());
    }

    Answer call(Request request) throws IOException {
        try (Response r = http.newCall(request).execute()) {
            return new Answer(r.code(), r.body().bytes(), r.headers());
        }
    }

    record Answer(int status, byte[] body, okhttp3.Headers headers) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A real .nupkg: a zip with the .nuspec at its root and a lib folder, as {@code dotnet pack} lays it out. */
    static byte[] nupkg(String id, String version, String dependencyId, String range) throws IOException {
        String dependencies = dependencyId == null ? "" : "<group targetFramework=\"net8.0\"><dependency id=\"" + dependencyId
                + "\" version=\"" + range + "\" /></group>";
        String nuspec = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\"><metadata>"
                + "<id>" + id + "</id><version>" + version + "</version><authors>Team</authors>"
                + "<description>Made by the test</description><license type=\"expression\">Apache-2.0</license>"
                + "<projectUrl>https://example.invalid/" + id + "</projectUrl>"
                + "<dependencies>" + dependencies + "</dependencies></metadata></package>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(id + ".nuspec"));
            zip.write(nuspec.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("lib/net8.0/" + id + ".dll"));
            zip.write(("pretend assembly of " + id + " " + version).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private void closePackyard() {
        server.stop();
        fetch.close();
        backend.close();
    }

    @Override
    public void close() {
        closePackyard();
        demo.close();
    }
}
