package dev.packyard.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** The console's look: light or dark. The main window applies it; Settings and Ctrl+Shift+D change it. */
public final class Appearance {
    private final BooleanProperty darkMode = new SimpleBooleanProperty(false);

    /** Light until changed; nothing remembered. */
    public Appearance() {
    }

    /** Starts with the theme chosen last time and remembers every change. */
    public Appearance(ConsolePreferences preferences) {
        darkMode.set(preferences.darkMode());
        darkMode.addListener((obs, was, dark) -> preferences.darkMode(dark));
    }

    public BooleanProperty darkModeProperty() {
        return darkMode;
    }

    public void toggleDarkMode() {
        darkMode.set(!darkMode.get());
    }
}
