package dev.packyard.ui.packages;

import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.Icons;
import dev.packyard.ui.common.Ticker;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The package's public registries: how stale each cached listing is, "Refresh now", and versions pending persistence. */
final class StalenessPane extends VBox {
    private final PackageViewModel model;

    StalenessPane(PackageViewModel model) {
        super(6);
        this.model = model;
        setId("staleness-pane");
        getStyleClass().add("staleness-box");
        model.staleness().addListener((ListChangeListener<PackageViewModel.StalenessRow>) c -> build());
        model.pending().addListener((ListChangeListener<String>) c -> build());
        build();
        Ticker.whileShowing(this, Duration.seconds(5), model::refreshStaleness);
    }

    private void build() {
        boolean any = !model.staleness().isEmpty() || !model.pending().isEmpty();
        setVisible(any);
        setManaged(any);
        getChildren().clear();
        Label title = new Label("Public registries behind this package");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        getChildren().add(title);
        for (PackageViewModel.StalenessRow row : model.staleness()) {
            Label name = new Label(row.title(), Icons.of(Icons.PUBLIC));
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label age = new Label(row.age());
            age.setId("staleness-" + row.connection().name().toLowerCase());
            age.getStyleClass().add(row.stale() ? Styles.WARNING : Styles.TEXT_MUTED);
            age.setWrapText(true);
            age.setMinHeight(Region.USE_PREF_SIZE);
            Label check = new Label(row.lastCheck());
            check.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            check.setWrapText(true);
            check.setMinHeight(Region.USE_PREF_SIZE);
            Button refresh = new Button("Refresh now", Icons.of(Icons.REFRESH));
            refresh.setId("refresh-listing-" + row.connection().name().toLowerCase());
            refresh.setTooltip(new Tooltip("Ask " + row.connection().connectionName() + " for the package's versions now, "
                    + "whatever the cache policy says"));
            refresh.disableProperty().bind(model.refreshingProperty());
            refresh.setOnAction(e -> model.refreshNow(row.connection()));
            refresh.setMinWidth(Region.USE_PREF_SIZE);
            VBox texts = new VBox(2, name, age, check);
            texts.setMinWidth(0);
            HBox.setHgrow(texts, Priority.ALWAYS);
            HBox line = new HBox(12, texts, refresh);
            line.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(line);
        }
        for (String p : model.pending()) {
            Label pending = new Label(p, Icons.of("mdi2c-content-save-outline"));
            pending.setWrapText(true);
            pending.getStyleClass().add(Styles.ACCENT);
            pending.setId("pending-persistence");
            getChildren().add(pending);
        }
    }
}
