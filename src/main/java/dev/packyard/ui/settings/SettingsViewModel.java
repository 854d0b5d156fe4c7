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
        return console.timingProfile().get();
    }

    public String timingExplanation() {
        return "Timings imitate CodeArtifact: a fetched version appears in listings about 3 minutes later, PyPI and Maven "
                + "listings are kept 3 hours. A time scale runs all of them faster: at 60× those 3 minutes take 3 seconds and "
                + "3 hours take 3 minutes. The offline demo runs at 60× (whether started with --demo or from the welcome "
                + "screen); choose another speed by starting the console with --time-scale X (1 is real time). The server's "
                + "port is set with --port when Packyard starts.";
    }

    public BooleanProperty darkModeProperty() {
        return appearance.darkModeProperty();
    }
}
