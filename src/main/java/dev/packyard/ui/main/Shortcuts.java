package dev.packyard.ui.main;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
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
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"), () -> focusSearch(scene, model));
        scene.getAccelerators().put(KeyCombination.keyCombination("Ctrl+Tab"), () -> nextTab(scene, 1));
        scene.getAccelerators().put(KeyCombination.keyCombination("Ctrl+Shift+Tab"), () -> nextTab(scene, -1));
        // Delete is handled after the focused control, so that Delete inside a text field edits the text.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && !(scene.getFocusOwner() instanceof TextInputControl)) {
                model.deleteSelection();
                e.consume();
            }
        });
    }

    /**
     * Ctrl+F: the filter of the screen shown (packages, metadata cache, the domain search), when it has one; pressed
     * in a filter, or on a screen without one, the search across the domain's repositories, with what was typed.
     */
    private static void focusSearch(Scene scene, MainViewModel model) {
        for (String id : new String[] {"#domain-search", "#package-filter", "#listing-filter"}) {
            Node field = scene.lookup(id);
            if (field != null && field.isVisible() && field.getScene() != null) {
                if (scene.getFocusOwner() != field || id.equals("#domain-search")) {
                    field.requestFocus();
                    return;
                }
                model.searchDomain(field instanceof TextInputControl text ? text.getText() : "");
                return;
            }
        }
        model.searchDomain("");
    }

    /** Ctrl+Tab and Ctrl+Shift+Tab: the next or previous tab of the screen's tabs, wherever the focus is. */
    private static void nextTab(Scene scene, int step) {
        if (scene.lookup(".tab-pane") instanceof TabPane tabs && !tabs.getTabs().isEmpty()) {
            int n = tabs.getTabs().size();
            tabs.getSelectionModel().select((tabs.getSelectionModel().getSelectedIndex() + step + n) % n);
        }
    }
}
