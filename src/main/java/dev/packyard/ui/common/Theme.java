package dev.packyard.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;

/** Switches the AtlantaFX stylesheet of every window live when the dark-mode setting changes. */
public final class Theme {
    private Theme() {
    }

    public static void follow(BooleanProperty darkMode) {
        apply(darkMode.get());
        darkMode.addListener((obs, old, dark) -> apply(dark));
    }

    private static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
