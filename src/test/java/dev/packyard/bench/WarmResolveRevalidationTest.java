package dev.packyard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.app.Backend;
import dev.packyard.app.FetchModule;
import dev.packyard.app.ServerWiring;
import dev.packyard.demo.ClientProcess;
import dev.packyard.model.ExternalConnection;
import dev.packyard.server.PackyardServer;
import dev.packyard.testing.ManualScheduler;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestBackends;
import dev.packyard.upstream.discovery.DiscoveredEndpoint;
import dev.packyard.upstream.timing.TimingProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warm re-resolve of the 300-package fixture with the real npm (no lockfile, the second time, after every cached
 * listing has expired): what reaches the stand-in registry is one conditional request per packument, each answered
 * 304, and not one packument body or tarball. npm in turn revalidates with Packyard and gets 304s.
 */
class WarmResolveRevalidationTest {
    private static final int PACKAGES = 300;
    private static final Duration CLIENT_TIMEOUT = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    @Test
    void aWarmReResolveCostsTheRegistryHeadersNotBodies() throws Exception {
        assertThat(ClientProcess.onPath("npm")).as("npm must be on the PATH").isPresent();
        MutableClock clock = MutableClock.startingAt("2026-03-01T09:00:00Z");
        ManualScheduler scheduler = new ManualScheduler(clock);
        try (NpmStandIn registry = new NpmStandIn(PACKAGES, Duration.ZERO, 0);
             Backend backend = TestBackends.open(dir.resolve("data"), clock, scheduler)) {
            FetchModule fetch = new FetchModule(backend, TimingProfile.codeartifact(),
                    List.of(DiscoveredEndpoint.found(ExternalConnection.NPMJS, registry.url(), "the test's stand-in")), Runnable::run);
            PackyardServer server = ServerWiring.start(backend, fetch.engine(), "127.0.0.1", 0);
            try {
                backend.catalog().domains().create("acme", null);
                backend.catalog().repositories().create(null, "acme", "npm-store", null, null);
                backend.catalog().repositories().associateExternalConnection(null, "acme", "npm-store", "public:npmjs");
                backend.catalog().repositories().create(null, "acme", "app", null, List.of("npm-store"));
                String owner = backend.catalog().domains().require(null, "acme").id().owner();
                String endpoint = "http://127.0.0.1:" + server.port() + "/d/acme/" + owner + "/npm/app/";
                Path project = Files.createDirectories(dir.resolve("project"));
                Files.writeString(project.resolve("package.json"), registry.fixturePackageJson());
                Path npmrc = Files.writeString(dir.resolve(".npmrc"), "registry=" + endpoint + "\n" + endpoint.replaceFirst("^http:", "")
                        + ":_authToken=" + backend.catalog().tokens().issue(null, "acme", null).token() + "\n");
                Map<String, String> env = Map.of("HOME", dir.toString(), "npm_config_userconfig", npmrc.toString(),
                        "npm_config_globalconfig", Files.writeString(dir.resolve("global.npmrc"), "").toString(),
                        "npm_config_cache", dir.resolve("npm-cache").toString(), "npm_config_update_notifier", "false");

                ClientProcess.Result cold = install(project, env);
                assertThat(cold.exitCode()).as(cold.tail()).isZero();
                assertThat(registry.traffic().packumentBodies()).as("cold: every packument once").isEqualTo(PACKAGES);
                scheduler.advance(Duration.ofMinutes(5));
                clock.advance(Duration.ofMinutes(6));
                clear(project);

                NpmStandIn.Traffic before = registry.traffic();
                ClientProcess.Result warm = install(project, env);
                assertThat(warm.exitCode()).as(warm.tail()).isZero();
                NpmStandIn.Traffic traffic = registry.traffic().since(before);
                assertThat(traffic.packumentBodies()).as("no full packument body when nothing changed upstream").isZero();
                assertThat(traffic.notModified()).as("each expired listing revalidated once").isEqualTo(PACKAGES);
                assertThat(traffic.tarballRequests()).isZero();
                assertThat(warm.output()).as("npm revalidated its own cache with Packyard").contains("(cache revalidated)")
                        .doesNotContain("(cache miss)");
                assertThat(project.resolve("node_modules/" + NpmStandIn.name(0) + "/package.json")).isRegularFile();
            } finally {
                server.stop();
                fetch.close();
            }
        }
    }

    private static ClientProcess.Result install(Path project, Map<String, String> env) throws Exception {
        return ClientProcess.run(Stream.of("npm", "install", "--no-audit", "--no-fund", "--loglevel", "http").toList(), project,
                List.of("npm_config_"), env, CLIENT_TIMEOUT);
    }

    private static void clear(Path project) throws Exception {
        Files.deleteIfExists(project.resolve("package-lock.json"));
        try (Stream<Path> files = Files.walk(project.resolve("node_modules"))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
