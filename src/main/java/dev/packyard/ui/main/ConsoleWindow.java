package dev.packyard.ui.main;

import dev.packyard.ui.ConsoleContext;
import dev.packyard.ui.common.BackgroundRunner;
import dev.packyard.ui.common.FxDialogService;
import dev.packyard.ui.common.Theme;
import dev.packyard.ui.common.WindowIcons;
import dev.packyard.ui.settings.Appearance;
import dev.packyard.ui.settings.ConsolePreferences;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the main window's scene on a stage; used by the console and by the UI tests. */
public final class ConsoleWindow {
    public static final String TITLE = "Packyard";
    private static final String STYLESHEET = "/dev/packyard/ui/console.css";

    private ConsoleWindow() {
    }

    public static MainViewModel show(Stage stage, ConsoleContext console, BackgroundRunner runner) {
        return show(stage, console, runner, Optional.empty());
    }

    /** As above, then offers to import {@code topologyFile} (the file the console was opened with). */
    public static MainViewModel show(Stage stage, ConsoleContext console, BackgroundRunner runner,
                                     Optional<Path> topologyFile) {
        ConsolePreferences preferences = ConsolePreferences.in(console.dataDirectory());
        Appearance appearance = new Appearance(preferences);
        Theme.follow(appearance.darkModeProperty());
        MainViewModel model = new MainViewModel(console, runner, new FxDialogService(() -> stage), appearance);
        double[] size = WindowFit.within(preferences.windowSize(new double[] {1280, 800}), Screen.getPrimary().getVisualBounds());
        Scene scene = new Scene(new MainView(model), size[0], size[1]);
        stage.setOnHiding(e -> preferences.windowSize(scene.getWidth(), scene.getHeight()));
        scene.getStylesheets().add(ConsoleWindow.class.getResource(STYLESHEET).toExternalForm());
        Shortcuts.install(scene, model);
        stage.getIcons().setAll(WindowIcons.all());
        stage.setTitle(TITLE + " — account " + console.accountId());
        stage.setScene(scene);
        stage.show();
        model.start();
        topologyFile.ifPresent(model::offerImport);
        return model;
    }
}
