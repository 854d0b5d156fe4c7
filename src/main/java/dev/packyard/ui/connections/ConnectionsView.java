package dev.packyard.ui.connections;

import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.Buttons;
import dev.packyard.ui.common.EmptyState;
import dev.packyard.ui.common.Icons;
import dev.packyard.ui.common.Ticker;
import dev.packyard.ui.common.ScreenHeader;
import dev.packyard.model.health.HealthState;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/** Layout of the External connections screen: the table, then the selected connection's actions and timeline. */
public final class ConnectionsView extends BorderPane {
    public ConnectionsView(ConnectionsViewModel model) {
        setId("connections-screen");
        ScreenHeader header = new ScreenHeader(Icons.PUBLIC, new SimpleStringProperty("External connections"),
                model.summaryProperty());
        header.setPadding(new Insets(16, 20, 8, 20));
        setTop(header);

        TableView<ConnectionRow> table = new TableView<>(model.rows());
        table.setId("connections-table");
        table.getColumns().add(text("Connection", 225, ConnectionRow::name));
        table.getColumns().add(status());
        table.getColumns().add(text("Next probe", 150, ConnectionRow::nextProbe));
        table.getColumns().add(text("Endpoint", 160, ConnectionRow::endpoint));
        table.getColumns().add(text("404s", 62, r -> Integer.toString(r.notFound())));
        table.getColumns().add(text("Reason", 180, ConnectionRow::reason));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new EmptyState(Icons.PUBLIC, "Connection health is not monitored",
                "This console runs without the fetch engine, so there are no external connections to watch."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && row.connection() != model.selectedProperty().get()) {
                model.selectedProperty().set(row.connection());
            }
        });
        model.rows().addListener((javafx.collections.ListChangeListener<ConnectionRow>) c -> reselect(table, model));
        reselect(table, model);

        setCenter(new SplitPane(withPadding(table), details(model)));
        ((SplitPane) getCenter()).setOrientation(javafx.geometry.Orientation.VERTICAL);
        ((SplitPane) getCenter()).setDividerPositions(0.5);

        Ticker.whileShowing(this, Duration.seconds(1), model::refresh);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                model.close();
            }
        });
    }

    private static void reselect(TableView<ConnectionRow> table, ConnectionsViewModel model) {
        for (ConnectionRow r : table.getItems()) {
            if (r.connection() == model.selectedProperty().get()) {
                table.getSelectionModel().select(r);
            }
        }
    }

    private static VBox withPadding(Region content) {
        VBox box = new VBox(content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.setPadding(new Insets(4, 20, 8, 20));
        return box;
    }

    private static VBox details(ConnectionsViewModel model) {
        Label title = new Label();
        title.setId("connection-details");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(model.detailsProperty());
        title.setMinWidth(0);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Button probe = Buttons.withTip("Probe now", Icons.HEALTH, "probe-now",
                "Ask the registry now instead of waiting for the next probe", model::probeNow);
        ToggleButton offline = new ToggleButton("Offline", Icons.of(Icons.DISCONNECT));
        offline.setId("toggle-offline");
        offline.setTooltip(new Tooltip("Stop every request to this registry until switched back (retained versions are still served)"));
        Button edit = Buttons.withTip("Edit endpoint…", Icons.CONNECT, "edit-endpoint",
                "Point this connection at another registry URL", model::editEndpoint);
        Label policy = new Label();
        policy.setId("connection-policy");
        policy.getStyleClass().add(Styles.TEXT_MUTED);
        policy.setWrapText(true);
        policy.setMinHeight(Region.USE_PREF_SIZE);
        Label timelineEmpty = new Label();
        timelineEmpty.setWrapText(true);
        Runnable update = () -> {
            probe.setDisable(!model.probeAvailable());
            timelineEmpty.setText(model.timelinePlaceholder());
            offline.setSelected(model.selectedOffline());
            model.rows().stream().filter(r -> r.connection() == model.selectedProperty().get()).findFirst()
                    .ifPresent(r -> policy.setText((r.hasEndpoint() ? "Endpoint " + r.endpoint() + " (" + r.source() + ")"
                            : "No endpoint (" + r.source() + ")") + (r.reason().isEmpty() ? "" : "\nReason: " + r.reason())
                            + "\nMetadata cache: " + r.policy()));
        };
        offline.setOnAction(e -> model.setOffline(offline.isSelected()));
        model.detailsProperty().addListener((obs, old, now) -> update.run());
        model.rows().addListener((javafx.collections.ListChangeListener<ConnectionRow>) c -> update.run());
        update.run();
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {probe, offline, edit}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox actions = new HBox(8, title, spacer(), probe, offline, edit);
        actions.setAlignment(Pos.CENTER_LEFT);

        ListView<String> timeline = new ListView<>(model.timeline());
        timeline.setId("health-timeline");
        // Each change wraps to the list's width: its reason is read without a horizontal scrollbar.
        timeline.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
        timeline.setPlaceholder(timelineEmpty);
        ListView<String> notFound = new ListView<>(model.notFound());
        notFound.setId("not-found-list");
        notFound.setPlaceholder(new Label("No remembered 404s."));
        VBox left = new VBox(4, bold("Health timeline (newest first)"), timeline);
        VBox right = new VBox(4, bold("Remembered \"not found upstream\""), notFound);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        VBox.setVgrow(notFound, Priority.ALWAYS);
        HBox lists = new HBox(12, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(600);
        right.setPrefWidth(400);
        VBox.setVgrow(lists, Priority.ALWAYS);
        VBox box = new VBox(8, actions, policy, lists);
        box.setPadding(new Insets(8, 20, 16, 20));
        return box;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private static TableColumn<ConnectionRow, String> text(String title, double width, Function<ConnectionRow, String> value) {
        TableColumn<ConnectionRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        // A narrow column cuts the endpoint or reason short: the whole text is one hover away.
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        return column;
    }

    private static TableColumn<ConnectionRow, ConnectionRow> status() {
        TableColumn<ConnectionRow, ConnectionRow> column = new TableColumn<>("Health");
        column.setPrefWidth(160);
        column.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ConnectionRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(row.status());
                setGraphic(dot(row.hasEndpoint() && row.checked() ? row.state() : null));
            }
        });
        return column;
    }

    /** A coloured dot: green answering, amber degraded or probing, red outage, grey offline or unused. */
    static Circle dot(HealthState state) {
        Circle c = new Circle(5);
        c.getStyleClass().add("health-dot");
        c.getStyleClass().add(state == null ? "health-none" : "health-" + state.name().toLowerCase(java.util.Locale.ROOT));
        return c;
    }
}
