package dev.packyard.ui.tasks;

import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The bottom panel: the background tasks and their progress. */
public final class TaskPanelView extends VBox {
    public TaskPanelView(TasksViewModel model) {
        setId("task-panel");
        Label title = new Label("Background tasks");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label counts = new Label();
        counts.getStyleClass().add(Styles.TEXT_MUTED);
        counts.textProperty().bind(model.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, Icons.of(Icons.TASKS), title, spacer, counts);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 12, 6, 12));

        ListView<TaskEntry> list = new ListView<>(model.tasks());
        list.setId("task-list");
        list.setCellFactory(l -> new TaskCell());
        list.setPlaceholder(placeholder());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);
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

    private static final class TaskCell extends ListCell<TaskEntry> {
        @Override
        protected void updateItem(TaskEntry task, boolean empty) {
            super.updateItem(task, empty);
            if (empty || task == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(task.title());
            Label detail = new Label(task.detail());
            detail.getStyleClass().add(Styles.TEXT_MUTED);
            Label state = new Label(task.state().name().toLowerCase());
            state.getStyleClass().add(Styles.TEXT_SMALL);
            ProgressBar bar = new ProgressBar(task.progress() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : task.progress());
            bar.setVisible(task.state().active());
            bar.setPrefWidth(160);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(10, title, detail, spacer, state, bar);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
