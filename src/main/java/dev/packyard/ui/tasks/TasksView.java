package dev.packyard.ui.tasks;

import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.EmptyState;
import dev.packyard.ui.common.Icons;
import dev.packyard.ui.common.ScreenHeader;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Layout of the Tasks screen: what runs or waits now, then what finished and how. */
public final class TasksView extends BorderPane {
    public TasksView(TasksScreen screen) {
        TasksViewModel model = screen.tasks();
        setId("tasks-screen");
        ScreenHeader header = new ScreenHeader(Icons.TASKS, new SimpleStringProperty("Background tasks"),
                model.summaryProperty());
        header.setPadding(new Insets(16, 20, 8, 20));
        setTop(header);

        ListView<TaskEntry> active = new ListView<>(model.active());
        active.setId("active-tasks");
        active.setCellFactory(l -> new TaskRowCell(model));
        active.setPlaceholder(new EmptyState(Icons.TASKS, "Nothing running",
                "Fetches from public registries, pending persistence (\"visible at …\") and retries appear here."));
        ListView<TaskEntry> finished = new ListView<>(model.finished());
        finished.setId("finished-tasks");
        finished.setCellFactory(l -> new TaskRowCell(model));
        finished.setPlaceholder(new EmptyState(Icons.TASKS, "No finished tasks yet",
                "Each finished task stays here with its outcome: done, failed and why, or cancelled."));
        // One selection across both lists: the detail below shows the task chosen last.
        active.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                finished.getSelectionModel().clearSelection();
                model.selectedProperty().set(now);
            }
        });
        finished.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                active.getSelectionModel().clearSelection();
                model.selectedProperty().set(now);
            }
        });
        VBox.setVgrow(active, Priority.ALWAYS);
        VBox.setVgrow(finished, Priority.ALWAYS);
        VBox center = new VBox(8, section("Running, queued and scheduled", model.active().size()), active,
                section("Finished", 0), finished);
        ((Label) center.getChildren().get(0)).textProperty().bind(Bindings.concat("Running, queued and scheduled (",
                Bindings.size(model.active()), ")"));
        ((Label) center.getChildren().get(2)).textProperty().bind(Bindings.concat("Finished, newest first (",
                Bindings.size(model.finished()), ")"));
        center.getChildren().add(detailPane(model));
        center.setPadding(new Insets(8, 20, 16, 20));
        setCenter(center);
        TaskStripView.ticking(this, model);
    }

    /** The selected task in full (nothing cut off), with Retry for a failed one and Copy for a bug report. */
    private static VBox detailPane(TasksViewModel model) {
        Label text = new Label();
        text.setId("task-detail");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(model.selectedDetailProperty());
        Button retry = new Button("Retry", Icons.of(Icons.REFRESH));
        retry.setId("retry-selected-task");
        retry.visibleProperty().bind(model.selectedRetryableProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> model.retrySelected());
        Button copy = new Button("Copy", Icons.of(Icons.COPY));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.selectedDetailProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Label message = new Label();
        message.setId("retry-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(model.retryMessageProperty());
        HBox actions = new HBox(8, retry, copy, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox pane = new VBox(6, section("Selected task", 0), text, actions);
        ((Label) pane.getChildren().get(0)).setText("Selected task");
        pane.setId("task-detail-pane");
        pane.setPadding(new Insets(8, 0, 0, 0));
        pane.visibleProperty().bind(model.selectedProperty().isNotNull());
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private static Label section(String text, int count) {
        Label label = new Label(text + " (" + count + ")");
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }
}
