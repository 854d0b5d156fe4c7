package dev.packyard.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** Buttons with an icon, a label and a tooltip that names the shortcut, if any. */
public final class Buttons {
    private Buttons() {
    }

    public static Button of(String text, String icon, String id, Runnable action) {
        Button button = new Button(text, Icons.of(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    public static Button withTip(String text, String icon, String id, String tip, Runnable action) {
        Button button = of(text, icon, id, action);
        button.setTooltip(new Tooltip(tip));
        return button;
    }
}
