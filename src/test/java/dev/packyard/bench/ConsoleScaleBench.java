package dev.packyard.bench;

import dev.packyard.app.Backend;
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
 * display with -Dbench.gtk). Prints the time until the navigation tree is loaded (it counts each repository's packages
 * by reading every page), the time from opening the repository screen to the first rows of its packages table, the
 * frame intervals and per-pulse CSS+layout time while the table scrolls continuously, the cost of a jump to the last
 * row and of typing a filter, and the heap the screen holds.
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
            ConsoleContext context = new ConsoleContext(backend.domains(), backend.repositories(), backend.packages(),
                    backend.versions(), backend.dataDirectory(), backend.account().accountId());
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
            System.out.printf(Locale.ROOT, "window shown in %s; navigation tree loaded (counts %,d packages page by page) after %s%n",
                    Stats.ms(windowShown), packages, Stats.ms(treeLoaded));

            Scene scene = stage[0].getScene();
            RepositoryId repository = new RepositoryId(new dev.packyard.model.DomainId(backend.account().accountId(),
                    ScaleCatalog.DOMAIN), ScaleCatalog.REPOSITORY);
            long open = System.nanoTime();
            Fx.call(() -> {
                model.show(new NavTarget.Repository(repository));
                return null;
            });
            double firstRows = Fx.awaitMillis(open, Duration.ofMinutes(5), () -> firstRowShown(scene));
            TableView<?> table = Fx.call(() -> (TableView<?>) scene.lookup("#package-table"));
            int rows = Fx.call(() -> table.getItems().size());
            System.out.printf(Locale.ROOT, "repository screen: first rows of the packages table after %s (%,d rows loaded: "
                    + "the screen reads every page before showing any)%n", Stats.ms(firstRows), rows);
            System.out.println("heap used after GC with the repository screen open: " + Stats.mib(Machine.heapUsedAfterGc())
                    + " (backend alone: " + Stats.mib(heapBefore) + ")");

            scroll(scene, table);
            jump(scene, table);
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
        System.out.printf(Locale.ROOT, "scrolling %.0f px per frame for %d frames (to row %,d): frame interval %s; CSS+layout "
                + "per pulse %s; frames over 33 ms: %d%n", PIXELS_PER_FRAME, SCROLL_FRAMES, firstVisible, intervals.summary(),
                layout.summary(), countOver(intervals, 33.4));
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

    private static void jump(Scene scene, TableView<?> table) throws InterruptedException {
        long start = System.nanoTime();
        Fx.call(() -> {
            table.scrollTo(table.getItems().size() - 1);
            return null;
        });
        double ms = Fx.awaitMillis(start, Duration.ofSeconds(30), () -> table.lookupAll(".table-row-cell").stream()
                .anyMatch(n -> n instanceof TableRow<?> row && row.getIndex() == table.getItems().size() - 1));
        System.out.println("jump to the last row (scrollTo) until it is laid out: " + Stats.ms(ms));
    }

    private static void filter(Scene scene) throws InterruptedException {
        TextField field = Fx.call(() -> (TextField) scene.lookup("#package-filter"));
        long start = System.nanoTime();
        double setText = Fx.call(() -> Stats.time(() -> field.setText("py-project-00999")));
        double ms = Fx.awaitMillis(start, Duration.ofSeconds(30), () -> {
            TableView<?> table = (TableView<?>) scene.lookup("#package-table");
            return table.getItems().size() < 1000;
        });
        int matches = Fx.call(() -> ((TableView<?>) scene.lookup("#package-table")).getItems().size());
        System.out.printf(Locale.ROOT, "typing a filter (%d matches): %s on the FX thread, table updated after %s%n", matches,
                Stats.ms(setText), Stats.ms(ms));
    }
}
