package dev.packyard.ui.tasks;

import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.Icons;
import dev.packyard.ui.common.Ticker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The bottom panel: the background tasks, their progress, and a way to cancel them. */
public final class TaskPanelView extends VBox {
    public TaskPanelView(TasksViewModel model, Runnable openTasksScreen) {
        setId("task-panel");
        Label title = new Label("Background tasks");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label counts = new Label();
        counts.getStyleClass().add(Styles.TEXT_MUTED);
        counts.textProperty().bind(model.summaryProperty());
        Hyperlink all = new Hyperlink("All tasks and history");
        all.setId("open-tasks-screen");
        all.setOnAction(e -> openTasksScreen.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, Icons.of(Icons.TASKS), title, spacer, counts, all);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 12, 6, 12));

        ListView<TaskEntry> list = new ListView<>(model.tasks());
        list.setId("task-list");
        list.setCellFactory(l -> new TaskRowCell(model));
        list.setPlaceholder(placeholder());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);
        ticking(this, model);
    }

    /** Rates, ETAs and "visible in …" countdowns move on every second while the panel is on screen. */
    static void ticking(Region owner, TasksViewModel model) {
        Ticker.whileShowing(owner, Duration.seconds(1), model::tick);
    }

    /** A one-line explanation: the panel is short, and a tall empty state would be clipped. */
    private static HBox placeholder() {
        Label title = new Label("No background tasks yet");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label text = new Label("Fetches from public registries and their persistence will be listed here while they run.");
        text.getStyleClass().add(Styles.TEXT_MUTED);
        HBox box = new HBox(10, Icons.of(Icons.TASKS, 20), title, text);
        box.setId("task-placeholder");
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
