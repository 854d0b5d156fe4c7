package dev.packyard.ui.settings;

import dev.packyard.ui.ConsoleContext;
import javafx.beans.property.BooleanProperty;

/** The settings screen: where data lives, which account owns it, the theme, and the timing profile (read-only). */
public final class SettingsViewModel {
    private final ConsoleContext console;
    private final Appearance appearance;

    public SettingsViewModel(ConsoleContext console, Appearance appearance) {
        this.console = console;
        this.appearance = appearance;
    }

    public String dataDirectory() {
        return console.dataDirectory().toAbsolutePath().toString();
    }

    public String accountId() {
        return console.accountId();
    }

    public String timingProfile() {
        return console.timingProfile();
    }

    public String timingExplanation() {
        return "Timings (persistence latency, metadata cache lifetimes) are set when Packyard starts; "
                + "the console shows the profile in use and cannot change it.";
    }

    public BooleanProperty darkModeProperty() {
        return appearance.darkModeProperty();
    }
}
