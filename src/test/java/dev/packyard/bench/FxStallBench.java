package dev.packyard.bench;

import dev.packyard.app.Backend;
import dev.packyard.app.FetchModule;
import dev.packyard.model.ExternalConnection;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.Repository;
import dev.packyard.ui.ConsoleContext;
import dev.packyard.ui.common.FxBackgroundRunner;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.main.ConsoleWindow;
import dev.packyard.ui.main.MainViewModel;
import dev.packyard.upstream.discovery.DiscoveredEndpoint;
import dev.packyard.upstream.timing.TimingProfile;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Issue 8 part 5, second half: the longest stall of the JavaFX thread while 200 fetches run. The real console window
 * is open (on the repository that owns the external connection) in the same process as the fetch engine; 200 distinct
 * tarballs are delivered through {@code PackageFetchService.deliver} from the stand-in npm registry (which answers after a
 * latency), 20 at a time. A timer posts a {@code Platform.runLater} ping every 5 ms and records how late each one runs;
 * an {@code AnimationTimer} records the gaps between frames. Printed for a quiet baseline and for the fetch phase.
 *
 * <p>Arguments: {@code [FETCHES [CONCURRENCY [LATENCY_MS]]]} (defaults 200, 20, 30).
 */
public final class FxStallBench {
    private FxStallBench() {
    }

    public static void main(String[] args) throws Exception {
        int fetches = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Duration latency = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 30);
        Path dir = Files.createTempDirectory("packyard-fx-stall");
        System.out.println("== FX-thread stalls while fetches run (issue 8 part 5): " + Machine.jvm() + ", glass platform "
                + System.getProperty("glass.platform", "default (GTK)"));
        try (NpmStandIn registry = new NpmStandIn(Math.max(100, fetches / 3 + 1), latency, 0);
             Backend backend = Backend.open(dir.resolve("data"), "us-east-1", Clock.systemUTC())) {
            backend.catalog().domains().create("bench", null);
            backend.catalog().repositories().create(null, "bench", "npm-store", "", List.of());
            backend.catalog().repositories().associateExternalConnection(null, "bench", "npm-store", ExternalConnection.NPMJS.connectionName());
            backend.catalog().repositories().create(null, "bench", "app", "", List.of("npm-store"));
            Repository app = backend.catalog().repositories().describe(null, "bench", "app");
            try (FetchModule fetch = new FetchModule(backend, TimingProfile.immediate(),
                    List.of(DiscoveredEndpoint.found(ExternalConnection.NPMJS, registry.url(), "the benchmark's stand-in")),
                    Runnable::run)) {
                ConsoleContext context = ConsoleContext.builder(backend.catalog().domains(), backend.catalog().repositories(), backend.catalog().packages(),
                        backend.catalog().versions(), backend.dataDirectory(), backend.account().accountId()).build();
                FxBackgroundRunner runner = new FxBackgroundRunner();
                Fx.start();
                Stage[] stage = new Stage[1];
                MainViewModel model = Fx.call(() -> {
                    stage[0] = new Stage();
                    return ConsoleWindow.show(stage[0], context, runner);
                });
                Fx.awaitMillis(System.nanoTime(), Duration.ofMinutes(1), () -> model.navigation().loadedProperty().get());
                Fx.call(() -> {
                    model.show(new NavTarget.Repository(backend.catalog().repositories().describe(null, "bench", "npm-store").id()));
                    return null;
                });
                Thread.sleep(3000);

                StallProbe quiet = probe(Duration.ofSeconds(3), () -> null);
                System.out.println("quiet window, 3 s: runLater delay " + quiet.pings.summary() + "; frame gap " + quiet.frames.summary());

                AtomicInteger failures = new AtomicInteger();
                long[] wall = new long[1];
                StallProbe busy = probe(null, () -> {
                    long start = System.nanoTime();
                    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
                    List<Future<?>> done = new ArrayList<>();
                    for (int i = 0; i < fetches; i++) {
                        int pkg = i % registry.count();
                        String version = NpmStandIn.VERSIONS[i / registry.count()];
                        done.add(pool.submit(() -> {
                            try {
                                fetch.engine().deliver(app, coordinate(NpmStandIn.name(pkg)), version,
                                        NpmStandIn.tarballFile(NpmStandIn.name(pkg), version), (file, source) -> OutputStream.nullOutputStream());
                            } catch (Exception e) {
                                if (failures.incrementAndGet() <= 3) {
                                    System.out.println("  fetch failed: " + e);
                                }
                            }
                            return null;
                        }));
                    }
                    for (Future<?> f : done) {
                        f.get();
                    }
                    pool.shutdown();
                    wall[0] = System.nanoTime() - start;
                    return null;
                });
                System.out.printf(Locale.ROOT, "%d fetches (%d at a time, upstream latency %d ms) took %s, %d failed; served %s%n",
                        fetches, concurrency, latency.toMillis(), Stats.ms(wall[0] / 1e6), failures.get(), registry.requestCounts());
                System.out.println("while fetching: runLater delay " + busy.pings.summary() + "; frame gap " + busy.frames.summary());
                System.out.println("longest FX-thread stall while fetching: " + Stats.ms(Math.max(busy.pings.max(), busy.frames.max())));
                Fx.call(() -> {
                    stage[0].close();
                    model.close();
                    return null;
                });
                runner.close();
                Platform.exit();
            }
        }
        System.exit(0);
    }

    private static PackageCoordinate coordinate(String name) {
        if (name.startsWith("@")) {
            int slash = name.indexOf('/');
            return PackageCoordinate.of(PackageFormat.NPM, name.substring(1, slash), name.substring(slash + 1));
        }
        return PackageCoordinate.of(PackageFormat.NPM, null, name);
    }

    /** The FX thread's stalls while a piece of work runs, or for a fixed time. */
    private static StallProbe probe(Duration duration, java.util.concurrent.Callable<Void> work) throws Exception {
        StallProbe probe = StallProbe.start();
        if (duration != null) {
            Thread.sleep(duration.toMillis());
        } else {
            work.call();
        }
        probe.stop();
        return probe;
    }
}
