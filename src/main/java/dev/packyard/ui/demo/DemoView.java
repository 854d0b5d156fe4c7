package dev.packyard.ui.demo;

import atlantafx.base.theme.Styles;
import dev.packyard.model.PackageFormat;
import dev.packyard.ui.common.Buttons;
import dev.packyard.ui.common.EmptyState;
import dev.packyard.ui.common.Icons;
import dev.packyard.ui.common.ScreenHeader;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Layout of the demo panel: one card per demo registry with its switches. */
public final class DemoView extends BorderPane {
    private final DemoViewModel model;
    /** Room for a two-line message at the window's narrowest width. */
    static final double MESSAGE_HEIGHT = 40;
    private final VBox cards = new VBox(12);

    public DemoView(DemoViewModel model) {
        this.model = model;
        setId("demo-screen");
        ScreenHeader header = new ScreenHeader(Icons.DEMO, new SimpleStringProperty("Offline demo"),
                new SimpleStringProperty("A stand-in for the public registries, on this machine: break it and watch Packyard cope"));
        header.setPadding(new Insets(16, 20, 8, 20));
        setTop(header);
        Label message = new Label();
        message.setId("demo-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.ACCENT);
        message.textProperty().bind(model.messageProperty());
        message.setAlignment(Pos.TOP_LEFT);
        // A fixed area above the cards, outside their scroll pane: a message coming or going (one line or two)
        // would otherwise push every switch down under the pointer between two clicks. The tooltip has it whole.
        message.setMinHeight(MESSAGE_HEIGHT);
        message.setPrefHeight(MESSAGE_HEIGHT);
        message.setMaxHeight(MESSAGE_HEIGHT);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setPadding(new Insets(0, 20, 0, 20));
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(model.messageProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(520);
        message.tooltipProperty().bind(javafx.beans.binding.Bindings.when(model.messageProperty().isEmpty())
                .then((Tooltip) null).otherwise(whole));
        VBox content = new VBox(12, cards);
        content.setPadding(new Insets(8, 20, 16, 20));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        setCenter(new VBox(message, scroll));
        model.registries().addListener((ListChangeListener<DemoControls.RegistryState>) c -> build());
        model.runningProperty().addListener((obs, old, now) -> build());
        build();
    }

    private void build() {
        if (!model.runningProperty().get()) {
            Button start = Buttons.withTip("Start the offline demo", Icons.DEMO, "demo-start",
                    "Starts the demo registries and points the npm, PyPI, Maven and crates.io connections at them", model::startDemo);
            EmptyState empty = new EmptyState(Icons.DEMO, "The offline demo is not running",
                    "Start it to get sample npm, PyPI, Maven and crates.io registries on this machine, with switches for outages, "
                            + "latency and new upstream versions.");
            empty.getChildren().add(start);
            cards.getChildren().setAll(empty);
            return;
        }
        cards.getChildren().setAll(model.registries().stream().map(this::card).toList());
    }

    private VBox card(DemoControls.RegistryState state) {
        PackageFormat format = state.format();
        String id = format.name().toLowerCase();
        Label title = new Label(state.title());
        title.getStyleClass().add(Styles.TITLE_4);
        Label status = new Label(describe(state));
        status.setId("demo-status-" + id);
        status.getStyleClass().add(state.outage().isPresent() ? Styles.DANGER : Styles.TEXT_MUTED);

        Button down = Buttons.withTip("Down (503)", "mdi2c-cloud-off-outline", "demo-down-" + id,
                "Answer every request with HTTP 503 Service Unavailable", () -> model.goDown(format, false));
        Button drop = Buttons.withTip("Drop connections", "mdi2l-lan-disconnect", "demo-drop-" + id,
                "Hang up on every request", () -> model.goDown(format, true));
        Button back = Buttons.withTip("Bring back", "mdi2c-cloud-check-outline", "demo-recover-" + id,
                "End the outage", () -> model.recover(format));
        down.getStyleClass().add(Styles.DANGER);
        down.setDisable(state.outage().isPresent());
        drop.setDisable(state.outage().isPresent());
        back.setDisable(state.outage().isEmpty());
        ToggleButton latency = new ToggleButton("Latency " + DemoViewModel.LATENCY.toSeconds() + " s", Icons.of("mdi2t-timer-sand"));
        latency.setId("demo-latency-" + id);
        latency.setSelected(!state.latency().isZero());
        latency.setOnAction(e -> model.setLatency(format, latency.isSelected()));
        latency.setTooltip(new Tooltip("Hold every request before answering"));
        ToggleButton drip = new ToggleButton("Slow drip", Icons.of("mdi2w-water-outline"));
        drip.setId("demo-drip-" + id);
        drip.setSelected(state.slowDrip());
        drip.setOnAction(e -> model.setSlowDrip(format, drip.isSelected()));
        drip.setTooltip(new Tooltip("Send response bodies in small chunks with pauses, like a congested link"));
        FlowPane switches = new FlowPane(8, 8, down, drop, back, latency, drip);

        ComboBox<String> packages = new ComboBox<>(model.packageNames(format));
        packages.setId("demo-package-" + id);
        packages.setPromptText("Package");
        packages.setPrefWidth(220);
        Button publish = Buttons.withTip("Publish next version", Icons.ADD, "demo-publish-" + id,
                "Add the next patch version of the package to the demo registry", () ->
                        model.publishNextVersion(format, packages.getValue()));
        publish.disableProperty().bind(packages.valueProperty().isNull());
        HBox publishing = new HBox(8, new Label("New upstream version:"), packages, publish);
        publishing.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(8, title, status, switches, publishing);
        card.getStyleClass().add("demo-card");
        card.setId("demo-card-" + id);
        return card;
    }

    private static String describe(DemoControls.RegistryState s) {
        String health = s.outage().map(o -> "down: " + o).orElse("answering");
        String extra = (s.latency().isZero() ? "" : " · +" + s.latency().toSeconds() + " s latency")
                + (s.slowDrip() ? " · slow drip" : "");
        return health + extra + " · " + s.requests() + " requests served, " + s.refused() + " refused";
    }
}
