package dev.packyard.bench;

import dev.packyard.app.Backend;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.RepositoryId;
import dev.packyard.ui.ConsoleContext;
import dev.packyard.ui.common.FxBackgroundRunner;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.main.ConsoleWindow;
import dev.packyard.ui.main.MainViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;

/**
 * Issue 8 part 4, console side: the real main window on the large catalogue (run headless under Monocle, or on an X
 * display with -Dbench.gtk). Prints the time until the navigation tree is loaded (describe-domain and each repository's
 * package count), the time from opening the repository screen to the first rows of its packages table and to its
 * package count, the frame intervals and per-pulse CSS+layout time while the table scrolls continuously, reading every
 * page by scrolling to the end, typing a filter, the longest FX-thread stall of each, and the heap the screen holds.
 *
 * <p>Arguments as {@link CatalogScaleBench}: {@code DATA_DIR [PACKAGES [VERSIONS_PER_PACKAGE]]}.
 */
public final class ConsoleScaleBench {
    private static final int SCROLL_FRAMES = 600;
    private static final double PIXELS_PER_FRAME = 96;

    private ConsoleScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "bench/work/catalog-1m");
        int packages = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int versionsPerPackage = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        ScaleCatalog catalog = new ScaleCatalog(dataDir, packages, versionsPerPackage);
        catalog.ensure();
        System.out.println("== Console on the large catalogue (issue 8 part 4): " + Machine.jvm() + ", glass platform "
                + System.getProperty("glass.platform", "default (GTK)") + ", prism " + System.getProperty("prism.order", "default"));
        try (Backend backend = Backend.open(catalog.dataDir, "us-east-1", Clock.systemUTC())) {
            long heapBefore = Machine.heapUsedAfterGc();
            ConsoleContext context = ConsoleContext.builder(backend.catalog().domains(), backend.catalog().repositories(), backend.catalog().packages(),
                    backend.catalog().versions(), backend.dataDirectory(), backend.account().accountId()).build();
            FxBackgroundRunner runner = new FxBackgroundRunner();
            Fx.start();
            Stage[] stage = new Stage[1];
            long shown = System.nanoTime();
            MainViewModel model = Fx.call(() -> {
                stage[0] = new Stage();
                return ConsoleWindow.show(stage[0], context, runner);
            });
            double windowShown = (System.nanoTime() - shown) / 1e6;
            double treeLoaded = Fx.awaitMillis(shown, Duration.ofMinutes(5), () -> model.navigation().loadedProperty().get());
            System.out.printf(Locale.ROOT, "window shown in %s; navigation tree loaded (describe-domain, count of %,d packages) after %s%n",
                    Stats.ms(windowShown), packages, Stats.ms(treeLoaded));

            Scene scene = stage[0].getScene();
            RepositoryId repository = new RepositoryId(new dev.packyard.model.DomainId(backend.account().accountId(),
                    ScaleCatalog.DOMAIN), ScaleCatalog.REPOSITORY);
            long open = System.nanoTime();
            Fx.call(() -> {
                model.show(new NavTarget.Repository(repository));
                return null;
            });
            double built = (System.nanoTime() - open) / 1e6;
            double arrived = Fx.awaitMillis(open, Duration.ofMinutes(5), () -> scene.lookup("#package-table") != null
                    && !((TableView<?>) scene.lookup("#package-table")).getItems().isEmpty());
            double firstRows = Fx.awaitMillis(open, Duration.ofMinutes(5), () -> firstRowShown(scene));
            System.out.printf(Locale.ROOT, "repository screen: built on the FX thread in %s; first page in the table's "
                    + "items after %s%n", Stats.ms(built), Stats.ms(arrived));
            int rows = Fx.call(() -> ((TableView<?>) scene.lookup("#package-table")).getItems().size());
            System.out.printf(Locale.ROOT, "repository screen: first rows of the packages table after %s (%,d rows loaded "
                    + "when the first showed)%n", Stats.ms(firstRows), rows);
            double counted = Fx.awaitMillis(open, Duration.ofMinutes(5), () -> countLabel(scene).endsWith(" packages"));
            System.out.printf(Locale.ROOT, "repository screen: package count \"%s\" shown after %s%n",
                    Fx.call(() -> countLabel(scene)), Stats.ms(counted));
            // Opened again (back from the domain screen): H2's caches and the JIT are warm now.
            Stats reopened = new Stats();
            for (int i = 0; i < 5; i++) {
                Fx.call(() -> {
                    model.show(NavTarget.Domains.of(repository.domain()));
                    return null;
                });
                Fx.awaitMillis(System.nanoTime(), Duration.ofMinutes(1), () -> scene.lookup("#repository-screen") == null);
                long again = System.nanoTime();
                Fx.call(() -> {
                    model.show(new NavTarget.Repository(repository));
                    return null;
                });
                reopened.add(Fx.awaitMillis(again, Duration.ofMinutes(5), () -> firstRowShown(scene)));
            }
            System.out.println("repository screen opened again (from the domain screen): first rows after " + reopened.summary());
            TableView<?> table = Fx.call(() -> (TableView<?>) scene.lookup("#package-table"));
            System.out.println("heap used after GC with the repository screen open: " + Stats.mib(Machine.heapUsedAfterGc())
                    + " (backend alone: " + Stats.mib(heapBefore) + ")");

            scroll(scene, table);
            toTheEnd(table, packages);
            filter(scene);
            Fx.call(() -> {
                stage[0].close();
                model.close();
                return null;
            });
            runner.close();
            Platform.exit();
        }
        System.exit(0);
    }

    private static boolean firstRowShown(Scene scene) {
        return scene.lookup("#package-table") != null && scene.lookup("#package-table").lookupAll(".table-row-cell").stream()
                .anyMatch(n -> n instanceof TableRow<?> row && !row.isEmpty() && row.getItem() != null);
    }

    /** Scrolls by a fixed distance every frame and records the frame intervals and the pulses' CSS+layout time. */
    private static void scroll(Scene scene, TableView<?> table) throws InterruptedException {
        StallProbe probe = StallProbe.start();
        Stats intervals = new Stats();
        Stats layout = new Stats();
        CountDownLatch done = new CountDownLatch(1);
        long[] preLayout = new long[1];
        Runnable pre = () -> preLayout[0] = System.nanoTime();
        Runnable post = () -> {
            if (preLayout[0] != 0) {
                layout.addNanos(System.nanoTime() - preLayout[0]);
            }
        };
        Fx.call(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
            scene.addPreLayoutPulseListener(pre);
            scene.addPostLayoutPulseListener(post);
            new AnimationTimer() {
                private long last;
                private int frames;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        intervals.addNanos(now - last);
                    }
                    last = now;
                    flow.scrollPixels(PIXELS_PER_FRAME);
                    if (++frames >= SCROLL_FRAMES) {
                        stop();
                        done.countDown();
                    }
                }
            }.start();
            return null;
        });
        done.await();
        int firstVisible = Fx.call(() -> ((VirtualFlow<?>) table.lookup(".virtual-flow")).getFirstVisibleCell().getIndex());
        Fx.call(() -> {
            scene.removePreLayoutPulseListener(pre);
            scene.removePostLayoutPulseListener(post);
            return null;
        });
        probe.stop();
        int loaded = Fx.call(() -> table.getItems().size());
        System.out.printf(Locale.ROOT, "scrolling %.0f px per frame for %d frames (to row %,d; %,d rows loaded by then): "
                + "frame interval %s; CSS+layout per pulse %s; frames over 33 ms: %d; longest FX stall %s%n", PIXELS_PER_FRAME,
                SCROLL_FRAMES, firstVisible, loaded, intervals.summary(), layout.summary(), countOver(intervals, 33.4),
                Stats.ms(probe.longest()));
    }

    private static long countOver(Stats stats, double ms) {
        long over = 0;
        for (double p = 0.5; p <= 100; p += 0.5) {
            if (stats.percentile(p) > ms) {
                over++;
            }
        }
        return Math.round(over / 200.0 * stats.count());
    }

    private static String countLabel(Scene scene) {
        return ((javafx.scene.control.Label) scene.lookup("#package-count")).getText();
    }

    /**
     * Scrolls to the last row of the table again every frame, so pages are read one after another as a user dragging
     * the scroll bar to the bottom would cause, until every package is loaded and the last is laid out.
     */
    private static void toTheEnd(TableView<?> table, int packages) throws Exception {
        long start = System.nanoTime();
        int before = Fx.call(() -> table.getItems().size());
        StallProbe probe = StallProbe.start();
        CountDownLatch done = new CountDownLatch(1);
        AnimationTimer follow = Fx.call(() -> {
            AnimationTimer t = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    int last = table.getItems().size() - 1;
                    table.scrollTo(last);
                    if (last == packages - 1 && table.lookupAll(".table-row-cell").stream()
                            .anyMatch(n -> n instanceof TableRow<?> row && row.getIndex() == last)) {
                        stop();
                        done.countDown();
                    }
                }
            };
            t.start();
            return t;
        });
        if (!done.await(15, java.util.concurrent.TimeUnit.MINUTES)) {
            Fx.call(() -> {
                follow.stop();
                return null;
            });
        }
        probe.stop();
        int after = Fx.call(() -> table.getItems().size());
        System.out.printf(Locale.ROOT, "to the end (scrollTo the last loaded row every frame): %,d rows loaded in %s "
                        + "(%,d pages of 200 read); longest FX stall %s; runLater delay %s%n", after,
                Stats.ms((System.nanoTime() - start) / 1e6), (after - before + 199) / 200, Stats.ms(probe.longest()),
                probe.pings.summary());
    }

    /** Types a filter a character every 100 ms, as a person would, while the table holds every package. */
    private static void filter(Scene scene) throws Exception {
        String text = "py-project-00999";
        TextField field = Fx.call(() -> (TextField) scene.lookup("#package-filter"));
        TableView<?> table = Fx.call(() -> (TableView<?>) scene.lookup("#package-table"));
        Stats keystrokes = new Stats();
        StallProbe probe = StallProbe.start();
        long lastKey = 0;
        for (int i = 1; i <= text.length(); i++) {
            String typed = text.substring(0, i);
            lastKey = System.nanoTime();
            keystrokes.add(Fx.call(() -> Stats.time(() -> field.setText(typed))));
            Thread.sleep(100);
        }
        double shown = Fx.awaitMillis(lastKey, Duration.ofSeconds(60), () -> !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(p -> ((PackageSummary) p).coordinate().name().startsWith(text))
                && countLabel(scene).endsWith("match"));
        probe.stop();
        int matches = Fx.call(() -> table.getItems().size());
        System.out.printf(Locale.ROOT, "typing the filter \"%s\" (a key every 100 ms; %d matches, \"%s\"): FX time per "
                        + "keystroke %s; matches shown %s after the last key; longest FX stall while typing %s%n", text,
                matches, Fx.call(() -> countLabel(scene)), keystrokes.summary(), Stats.ms(shown), Stats.ms(probe.longest()));
    }
}
