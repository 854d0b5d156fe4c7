package dev.packyard.ui.main;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The window's keyboard shortcuts. Shortcut is Ctrl on Linux and Windows, Cmd on macOS. */
final class Shortcuts {
    private Shortcuts() {
    }

    static void install(Scene scene, MainViewModel model) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+N"), model::newItem);
        scene.getAccelerators().put(KeyCombination.keyCombination("F5"), model::refresh);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+D"), model::toggleDarkMode);
        // Delete is handled after the focused control, so that Delete inside a text field edits the text.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && !(scene.getFocusOwner() instanceof TextInputControl)) {
                model.deleteSelection();
                e.consume();
            }
        });
    }
}
