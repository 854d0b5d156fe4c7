package dev.packyard.ui.main;

import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.Icons;
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
                item(Icons.HEALTH, status.healthProperty(), "status-health"),
                spacer,
                working(busy),
                taskCounts(tasks));
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
