package dev.packyard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the stand-in npm registry for the shell benchmarks until killed: {@code FIXTURE_DIR [COUNT [LATENCY_MS [PORT]]]}.
 * Writes the fixture project's package.json into FIXTURE_DIR and the registry URL into FIXTURE_DIR/registry-url,
 * then prints "npm stand-in listening on URL".
 */
public final class NpmStandInServer {
    private NpmStandInServer() {
    }

    public static void main(String[] args) throws Exception {
        Path fixture = Path.of(args.length > 0 ? args[0] : "bench/work/npm-fixture");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Duration latency = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 20);
        int port = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        NpmStandIn registry = new NpmStandIn(count, latency, port);
        Files.createDirectories(fixture);
        Files.writeString(fixture.resolve("package.json"), registry.fixturePackageJson() + "\n");
        Files.writeString(fixture.resolve("registry-url"), registry.url() + "\n");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("npm stand-in served " + registry.requestCounts());
            registry.close();
        }));
        System.out.println("npm stand-in listening on " + registry.url() + " (" + count + " packages, "
                + Stats.mib(registry.totalTarballBytes(NpmStandIn.INSTALLED)) + " of tarballs per install, latency "
                + latency.toMillis() + " ms)");
        new CountDownLatch(1).await();
    }
}
