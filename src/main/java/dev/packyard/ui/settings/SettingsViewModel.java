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
        return "Timings (persistence latency, metadata cache lifetimes) are chosen when Packyard starts "
                + "(serve --timing, --time-scale); the console shows them and cannot change them yet.";
    }

    public BooleanProperty darkModeProperty() {
        return appearance.darkModeProperty();
    }
}
