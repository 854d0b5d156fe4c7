package dev.packyard.application.fetch;

import dev.packyard.service.error.CorruptUpstreamFileException;
import dev.packyard.service.error.PackageUnavailableException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.Asset;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.Repository;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.testing.MutableClock;
import dev.packyard.upstream.http.HttpSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An npm registry that misbehaves in every way a real one can: wrong bytes for its published hash, connection resets
 * mid-body, 503s, timeouts and slow drips. Afterwards the blob store and database must agree, nothing half-written may
 * be visible, and every retained version must still serve.
 */
class FaultInjectionTest {
    private static final List<String> FAULTY = List.of("tampered", "reset", "unavailable", "timeout");

    @TempDir
    Path dir;
    private MockWebServer registry;
    private FetchEngineFixture f;

    @BeforeEach
    void start() throws Exception {
        registry = new MockWebServer();
        registry.setDispatcher(new MisbehavingRegistry());
        registry.start();
        HttpSettings quickTimeouts = HttpSettings.DEFAULT.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(800));
        f = new FetchEngineFixture(dir, MutableClock.startingAt("2026-11-01T10:00:00Z"),
                Map.of(ExternalConnection.NPMJS, registry.url("/").toString()), quickTimeouts);
        f.createTopology();
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
        registry.close();
    }

    @Test
    void misbehavingUpstreamsLeaveAConsistentStoreAndRetainedVersionsKeepServing() throws Exception {
        byte[] good = f.download("app", FetchEngineFixture.npm("good"), "1.0.0", "good-1.0.0.tgz").bytes();
        byte[] dripped = f.download("app", FetchEngineFixture.npm("drip"), "1.0.0", "drip-1.0.0.tgz").bytes();
        assertThat(good).isEqualTo(content("good"));
        assertThat(dripped).isEqualTo(content("drip"));
        f.advance(Duration.ofMinutes(3));

        for (String name : List.of("tampered", "reset")) {
            assertThatThrownBy(() -> f.download("app", FetchEngineFixture.npm(name), "1.0.0", name + "-1.0.0.tgz"))
                    .as(name).isInstanceOf(CorruptUpstreamFileException.class)
                    .hasMessageContaining("sent a corrupt file").hasMessageContaining("Nothing was kept; retry");
        }
        for (String name : List.of("unavailable", "timeout")) {
            assertThatThrownBy(() -> f.download("app", FetchEngineFixture.npm(name), "1.0.0", name + "-1.0.0.tgz"))
                    .as(name).isInstanceOf(PackageUnavailableException.class).hasMessageContaining("Upstream unavailable");
        }
        assertThatThrownBy(() -> f.download("app", FetchEngineFixture.npm("tampered"), "1.0.0", "tampered-1.0.0.tgz"))
                .isInstanceOf(CorruptUpstreamFileException.class);
        f.advance(Duration.ofMinutes(3));

        assertThat(f.backend.tasks().visibility().pending()).isEmpty();
        for (String name : FAULTY) {
            assertThat(f.listedVersions("app", FetchEngineFixture.npm(name))).as(name).isEmpty();
            assertThat(f.listedVersions("npm-store", FetchEngineFixture.npm(name))).as(name).isEmpty();
        }
        try (Stream<Path> spool = Files.list(dir.resolve("data").resolve("spool"))) {
            assertThat(spool).as("no half-written download is left").isEmpty();
        }

        Set<String> referenced = new HashSet<>();
        for (String repository : List.of("app", "npm-store")) {
            Repository repo = f.repo(repository);
            for (String name : List.of("good", "drip")) {
                PackageStore packages = f.backend.storage().packages();
                for (PackageVersion v : packages.listVersions(repo.id(), FetchEngineFixture.npm(name), PackageStore.VersionFilter.NONE,
                        PackageStore.VersionOrder.VERSION, null, 100)) {
                    for (Asset a : packages.listAssets(repo.id(), v.coordinate(), v.version())) {
                        assertThat(f.backend.storage().blobs().verify(repo.domain(), a.sha256())).as(a.name()).isTrue();
                        referenced.add(a.sha256());
                    }
                }
            }
        }
        assertThat(referenced).containsExactlyInAnyOrder(sha256Hex(content("good")), sha256Hex(content("drip")));
        assertThat(blobFiles()).as("the blob store holds exactly the retained contents").isEqualTo(referenced);

        registry.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(503).body("down").build();
            }
        });
        assertThat(f.download("app", FetchEngineFixture.npm("good"), "1.0.0", "good-1.0.0.tgz").bytes()).isEqualTo(good);
        assertThat(f.download("app", FetchEngineFixture.npm("drip"), "1.0.0", "drip-1.0.0.tgz").bytes()).isEqualTo(dripped);
    }

    private Set<String> blobFiles() throws Exception {
        Path blobs = dir.resolve("data").resolve("blobs");
        try (Stream<Path> files = Files.walk(blobs)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.startsWith(blobs.resolve("tmp")))
                    .map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static byte[] content(String name) {
        return ("contents of " + name + " 1.0.0 ").repeat(name.equals("drip") ? 4000 : 50).getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256Hex(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    private final class MisbehavingRegistry extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String path = request.getUrl().encodedPath().substring(1);
            try {
                if (!path.contains("/-/")) {
                    return packument(path);
                }
                String name = path.substring(0, path.indexOf('/'));
                Buffer body = new Buffer().write(content(name));
                return switch (name) {
                    case "tampered" -> new MockResponse.Builder().body(new Buffer().writeUtf8("not what was published")).build();
                    case "reset" -> new MockResponse.Builder().body(body).onResponseBody(new SocketEffect.CloseSocket()).build();
                    case "unavailable" -> new MockResponse.Builder().code(503).setHeader("Retry-After", "60").body("busy").build();
                    case "timeout" -> new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).body(body).build();
                    case "drip" -> new MockResponse.Builder().body(body).throttleBody(8 * 1024, 100, TimeUnit.MILLISECONDS).build();
                    default -> new MockResponse.Builder().body(body).build();
                };
            } catch (Exception e) {
                return new MockResponse.Builder().code(500).body(e.toString()).build();
            }
        }

        private MockResponse packument(String name) throws Exception {
            byte[] data = content(name);
            String integrity = "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(data));
            String shasum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(data));
            String tarball = registry.url("/" + name + "/-/" + name + "-1.0.0.tgz").toString();
            String json = """
                    {"name":"%s","dist-tags":{"latest":"1.0.0"},"versions":{"1.0.0":{"name":"%s","version":"1.0.0",
                    "dist":{"tarball":"%s","integrity":"%s","shasum":"%s"}}},"time":{"1.0.0":"2026-10-01T00:00:00.000Z"}}
                    """.formatted(name, name, tarball, integrity, shasum);
            return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(json).build();
        }
    }
}
