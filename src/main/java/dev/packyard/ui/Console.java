package dev.packyard.ui;

import dev.packyard.ui.common.FxBackgroundRunner;
import dev.packyard.ui.main.ConsoleWindow;
import dev.packyard.ui.main.MainViewModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Starts the JavaFX toolkit and shows the main window; returns when the window is closed. */
public final class Console {
    private Console() {
    }

    public static void run(ConsoleContext context) {
        run(context, Optional.empty());
    }

    /** As above, offering to import {@code topologyFile} once the window is shown. */
    public static void run(ConsoleContext context, Optional<Path> topologyFile) {
        run(context, topologyFile, receiver -> { });
    }

    /**
     * As above; {@code laterFiles} is given, once the window is shown, where to send topology files that arrive while
     * the console runs (from any thread): each is offered for import like the first one.
     */
    public static void run(ConsoleContext context, Optional<Path> topologyFile, Consumer<Consumer<Path>> laterFiles) {
        CountDownLatch closed = new CountDownLatch(1);
        FxBackgroundRunner runner = new FxBackgroundRunner();
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainViewModel model = ConsoleWindow.show(stage, context, runner, topologyFile);
            laterFiles.accept(file -> Platform.runLater(() -> {
                stage.toFront();
                model.offerImport(file);
            }));
            stage.setOnHidden(e -> {
                model.close();
                closed.countDown();
            });
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runner.close();
        Platform.exit();
    }
}
