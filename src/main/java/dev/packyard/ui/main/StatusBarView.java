package dev.packyard.ui.main;

import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.Icons;
import dev.packyard.ui.common.Ticker;
import dev.packyard.ui.tasks.TasksViewModel;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.Cursor;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

/** The bottom line: server address, connection health, and the task counts while the task strip is folded. */
final class StatusBarView extends HBox {
    StatusBarView(StatusBarViewModel status, TasksViewModel tasks, ReadOnlyBooleanProperty busy) {
        super(10);
        setId("status-bar");
        getStyleClass().add("status-bar");
        setPadding(new Insets(4, 12, 4, 12));
        setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(item(Icons.SERVER, status.serverProperty(), "status-server"),
                new Separator(Orientation.VERTICAL),
                health(status),
                spacer,
                working(busy),
                taskCounts(tasks));
        Ticker.whileShowing(this, javafx.util.Duration.seconds(2), status::refresh);
    }

    /**
     * Each connection in use with a coloured dot (an outage red, degraded amber), or the sentence when none is named;
     * the whole sentence is the tooltip and what a screen reader says.
     */
    private static HBox health(StatusBarViewModel status) {
        HBox box = new HBox(8);
        box.setId("status-health");
        box.setAlignment(Pos.CENTER_LEFT);
        box.accessibleTextProperty().bind(status.healthProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(status.healthProperty());
        Label sentence = item(Icons.HEALTH, status.healthProperty(), "status-health-text");
        Label rest = new Label();
        rest.textProperty().bind(status.healthRestProperty());
        rest.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Runnable render = () -> {
            if (status.healthParts().isEmpty()) {
                box.getChildren().setAll(sentence);
                return;
            }
            box.getChildren().setAll(Icons.of(Icons.HEALTH));
            status.healthParts().forEach(p -> box.getChildren().add(part(p)));
            box.getChildren().add(rest);
        };
        status.healthParts().addListener((javafx.collections.ListChangeListener<ConnectionHealthSummary.Part>) c -> render.run());
        render.run();
        Tooltip.install(box, tip);
        return box;
    }

    private static Label part(ConnectionHealthSummary.Part p) {
        Circle dot = new Circle(4);
        dot.getStyleClass().addAll("health-dot", p.tone().styleClass());
        Label label = new Label(p.name() + " " + p.state(), dot);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        label.setId("status-health-" + p.name());
        return label;
    }

    /** The task counts stand here while the task strip is folded away; a click unfolds it. */
    private static Label taskCounts(TasksViewModel tasks) {
        Label counts = item(Icons.TASKS, tasks.summaryProperty(), "status-tasks");
        counts.visibleProperty().bind(tasks.stripCollapsedProperty());
        counts.managedProperty().bind(tasks.stripCollapsedProperty());
        counts.setTooltip(new Tooltip("Show the task strip"));
        counts.setOnMouseClicked(e -> tasks.stripCollapsedProperty().set(false));
        counts.setCursor(Cursor.HAND);
        return counts;
    }

    /** Shown while the console waits for the service, so a slow call never looks like a frozen window. */
    private static Label working(ReadOnlyBooleanProperty busy) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        Label label = new Label("Working…", spinner);
        label.setId("status-working");
        label.getStyleClass().add(Styles.TEXT_SMALL);
        label.visibleProperty().bind(busy);
        label.managedProperty().bind(busy);
        return label;
    }

    private static Label item(String icon, ObservableStringValue text, String id) {
        Label label = new Label();
        label.setGraphic(Icons.of(icon));
        label.textProperty().bind(text);
        label.setId(id);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        return label;
    }
}
