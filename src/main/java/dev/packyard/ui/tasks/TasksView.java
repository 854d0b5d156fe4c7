package dev.packyard.ui.tasks;

import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.EmptyState;
import dev.packyard.ui.common.Icons;
import dev.packyard.ui.common.ScreenHeader;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
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
        VBox.setVgrow(active, Priority.ALWAYS);
        VBox.setVgrow(finished, Priority.ALWAYS);
        VBox center = new VBox(8, section("Running, queued and scheduled", model.active().size()), active,
                section("Finished", 0), finished);
        ((Label) center.getChildren().get(0)).textProperty().bind(Bindings.concat("Running, queued and scheduled (",
                Bindings.size(model.active()), ")"));
        ((Label) center.getChildren().get(2)).textProperty().bind(Bindings.concat("Finished, newest first (",
                Bindings.size(model.finished()), ")"));
        center.setPadding(new Insets(8, 20, 16, 20));
        setCenter(center);
        TaskStripView.ticking(this, model);
    }

    private static Label section(String text, int count) {
        Label label = new Label(text + " (" + count + ")");
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }
}
