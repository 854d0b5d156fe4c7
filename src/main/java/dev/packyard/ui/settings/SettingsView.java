package dev.packyard.ui.settings;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.DetailsGrid;
import dev.packyard.ui.common.Icons;
import dev.packyard.ui.common.ScreenHeader;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Layout of the settings screen. */
public final class SettingsView extends VBox {
    public SettingsView(SettingsViewModel model) {
        super(16);
        setId("settings-screen");
        setPadding(new Insets(16, 20, 16, 20));
        ScreenHeader header = new ScreenHeader(Icons.SETTINGS, new SimpleStringProperty("Settings"),
                new SimpleStringProperty("This console and its data"));

        DetailsGrid grid = new DetailsGrid()
                .row("Data directory", new SimpleStringProperty(model.dataDirectory()), "settings-data-directory")
                .row("Account id", new SimpleStringProperty(model.accountId()), "settings-account-id")
                .row("Server", new SimpleStringProperty(model.serverAddress()), "settings-server")
                .row("Timing profile", new SimpleStringProperty(model.timingProfile()), "settings-timing-profile");
        Label timing = new Label(model.timingExplanation());
        timing.setWrapText(true);
        timing.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        Label appearance = new Label("Appearance");
        appearance.getStyleClass().add(Styles.TITLE_4);
        ToggleSwitch dark = new ToggleSwitch("Dark theme (Ctrl+Shift+D)");
        dark.setId("dark-mode-switch");
        dark.selectedProperty().bindBidirectional(model.darkModeProperty());
        getChildren().addAll(header, grid, timing, appearance, dark);
    }
}
