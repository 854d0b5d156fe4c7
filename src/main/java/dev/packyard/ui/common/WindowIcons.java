package dev.packyard.ui.common;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The Packyard icon in every size the desktop may ask for, for the main window and its dialogs. */
public final class WindowIcons {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private WindowIcons() {
    }

    public static List<Image> all() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            InputStream png = WindowIcons.class.getResourceAsStream("/dev/packyard/ui/icons/packyard-" + size + ".png");
            if (png != null) {
                images.add(new Image(png));
            }
        }
        return images;
    }

    /** Gives a window the icons when it is a stage (dialogs are); other windows have none to set. */
    public static void apply(Window window) {
        if (window instanceof Stage stage && stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(all());
        }
    }
}
