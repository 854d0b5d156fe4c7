package dev.packyard.ui.tasks;

import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.Icons;
import dev.packyard.ui.common.Ticker;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * One line above the status bar: how many tasks run and wait, the most active transfer with its progress, and the
 * way to the Tasks screen, which has the full list. It folds away; the status bar keeps counting.
 */
public final class TaskStripView extends HBox {
    public TaskStripView(TasksViewModel model, Runnable openTasksScreen) {
        super(10);
        setId("task-strip");
        getStyleClass().add("task-strip");
        setPadding(new Insets(4, 8, 4, 12));
        setAlignment(Pos.CENTER_LEFT);

        Label counts = new Label("", Icons.of(Icons.TASKS));
        counts.setId("task-strip-counts");
        counts.textProperty().bind(model.summaryProperty());
        counts.setMinWidth(Region.USE_PREF_SIZE);

        BooleanBinding featuring = model.featuredProperty().isNotNull();
        Label title = new Label();
        title.setId("task-strip-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.featuredProperty().get() == null ? ""
                : model.featuredProperty().get().title(), model.featuredProperty()));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setMinWidth(0);
        title.setMaxWidth(360);
        ProgressBar bar = new ProgressBar();
        bar.setId("task-strip-progress");
        bar.setPrefWidth(160);
        bar.setMinWidth(160);
        bar.getStyleClass().add(Styles.SMALL);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> {
            TaskEntry t = model.featuredProperty().get();
            return t == null || t.progress() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : t.progress();
        }, model.featuredProperty()));
        BooleanBinding transferring = Bindings.createBooleanBinding(() -> model.featuredProperty().get() != null
                && model.featuredProperty().get().state() == TaskEntry.TaskPhase.RUNNING, model.featuredProperty());
        bar.visibleProperty().bind(transferring);
        bar.managedProperty().bind(transferring);
        Label detail = new Label();
        detail.setId("task-strip-detail");
        detail.textProperty().bind(model.featuredTextProperty());
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        detail.setMinWidth(0);
        Label idle = new Label("Fetches from public registries and their persistence show here while they run.");
        idle.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        idle.setMinWidth(0);
        for (Region r : new Region[] {title, detail}) {
            r.visibleProperty().bind(featuring);
            r.managedProperty().bind(featuring);
        }
        idle.visibleProperty().bind(featuring.not());
        idle.managedProperty().bind(featuring.not());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Hyperlink all = new Hyperlink("Show all tasks");
        all.setId("open-tasks-screen");
        all.setOnAction(e -> openTasksScreen.run());
        all.setMinWidth(Region.USE_PREF_SIZE);
        Button fold = new Button("", Icons.of("mdi2c-chevron-down"));
        fold.setId("fold-task-strip");
        fold.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        fold.setTooltip(new Tooltip("Hide this strip (the status bar keeps counting the tasks)"));
        fold.setOnAction(e -> model.stripCollapsedProperty().set(true));
        getChildren().addAll(counts, title, bar, detail, idle, spacer, all, fold);

        visibleProperty().bind(model.stripCollapsedProperty().not());
        managedProperty().bind(model.stripCollapsedProperty().not());
        ticking(this, model);
    }

    /** Rates, ETAs and "visible in …" countdowns move on every second while the strip or Tasks screen is on screen. */
    static void ticking(Region owner, TasksViewModel model) {
        Ticker.whileShowing(owner, Duration.seconds(1), model::tick);
    }
}
