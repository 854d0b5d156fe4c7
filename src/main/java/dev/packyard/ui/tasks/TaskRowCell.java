package dev.packyard.ui.tasks;

import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.Icons;
import dev.packyard.ui.tasks.TaskEntry.TaskPhase;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** One task: title, what it is doing (bytes, rate, ETA, due time, outcome), state, progress bar, cancel. */
final class TaskRowCell extends ListCell<TaskEntry> {
    private final TasksViewModel model;

    TaskRowCell(TasksViewModel model) {
        this.model = model;
        // Rows take the list's width and shorten their detail text, instead of widening the list past its edge.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(TaskEntry task, boolean empty) {
        super.updateItem(task, empty);
        if (empty || task == null) {
            setGraphic(null);
            return;
        }
        Label title = new Label(task.title());
        // Measured as text: the label has no skin yet, and a row with a Retry button squeezed an unmeasured title away.
        title.setMinWidth(Math.min(360, new javafx.scene.text.Text(task.title()).getLayoutBounds().getWidth() + 8));
        title.setTooltip(new Tooltip(task.title()));
        Label detail = new Label(model.progressText(task));
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        detail.getStyleClass().add("task-detail");
        detail.setTooltip(new Tooltip(task.detail().isEmpty() ? detail.getText() : task.detail() + "\n" + detail.getText()));
        HBox.setHgrow(detail, Priority.ALWAYS);
        detail.setMaxWidth(Double.MAX_VALUE);
        detail.setMinWidth(0);
        Label state = new Label(task.state().label());
        state.getStyleClass().addAll(Styles.TEXT_SMALL, "task-state", "task-state-" + task.state().name().toLowerCase(java.util.Locale.ROOT));
        state.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(10, Icons.of(icon(task)), title, detail, state);
        if (task.state() == TaskPhase.RUNNING) {
            ProgressBar bar = new ProgressBar(task.progress() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : task.progress());
            bar.setPrefWidth(160);
            bar.setMinWidth(160);
            row.getChildren().add(bar);
        }
        if (task.state().active()) {
            Button cancel = new Button("", Icons.of("mdi2c-close-circle-outline"));
            cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            cancel.setId("cancel-task-" + task.id());
            cancel.setTooltip(new Tooltip(task.persistence()
                    ? "Cancel: the version stays served but will not be listed" : "Cancel this task"));
            cancel.setDisable(!task.cancellable());
            cancel.setOnAction(e -> model.cancel(task));
            row.getChildren().add(cancel);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        if (task.state() == TaskPhase.FAILED) {
            // A failure is read in full: its error wraps under the row instead of being cut off.
            Label error = new Label(model.failureText(task));
            error.setId("task-error-" + task.id());
            error.setWrapText(true);
            error.setMinHeight(Region.USE_PREF_SIZE);
            error.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
            if (model.canRetry(task)) {
                Button retry = new Button("Retry", Icons.of(Icons.REFRESH));
                retry.getStyleClass().addAll(Styles.SMALL);
                retry.setId("retry-task-" + task.id());
                retry.setMinWidth(Region.USE_PREF_SIZE);
                retry.setTooltip(new Tooltip("Run this task again now"));
                retry.setOnAction(e -> model.retry(task));
                row.getChildren().add(retry);
            }
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2, row, error);
            javafx.scene.layout.VBox.setMargin(error, new javafx.geometry.Insets(0, 0, 2, 26));
            setGraphic(box);
            return;
        }
        setGraphic(row);
    }

    private static String icon(TaskEntry task) {
        if (task.type() == null) {
            return Icons.TASKS;
        }
        return switch (task.type()) {
            case FETCH -> "mdi2c-cloud-download-outline";
            case PERSIST -> "mdi2c-content-save-outline";
            case PROBE -> Icons.HEALTH;
            case REFRESH_METADATA -> Icons.REFRESH;
        };
    }
}
