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

    /** Where package managers, the AWS CLI and SDKs reach this Packyard. */
    public String serverAddress() {
        return console.serverUrl().current().orElse("not serving: the server did not start (see the status bar)");
    }

    public String timingProfile() {
        return console.timingProfile();
    }

    public String timingExplanation() {
        return "The server's address and the timings (persistence latency, metadata cache lifetimes) are set when Packyard "
                + "starts, with --bind, --port, --timing and --time-scale; the console shows them and cannot change them.";
    }

    public BooleanProperty darkModeProperty() {
        return appearance.darkModeProperty();
    }
}
