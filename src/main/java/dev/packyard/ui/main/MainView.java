package dev.packyard.ui.main;

import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.Buttons;
import dev.packyard.ui.common.Icons;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.tasks.TaskStripView;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Layout of the main window: toolbar, navigation tree, content, task strip, status bar. */
public final class MainView extends BorderPane {
    public MainView(MainViewModel model) {
        setId("main-window");
        setTop(toolbar(model));

        StackPane content = new StackPane();
        content.setId("content");
        model.screenProperty().addListener((obs, old, now) -> content.getChildren().setAll(ScreenViews.of(now)));
        if (model.screenProperty().get() != null) {
            content.getChildren().setAll(ScreenViews.of(model.screenProperty().get()));
        }
        NavigationTree domains = NavigationTree.domains(model);
        VBox.setVgrow(domains, Priority.ALWAYS);
        VBox sidebar = new VBox(domains, new Separator(), NavigationTree.global(model));
        sidebar.setId("navigation");
        // Narrower on a small screen (about 255 px at 1024 wide, 320 at 1280), never so narrow that names are cut.
        sidebar.setMinWidth(220);
        sidebar.setMaxWidth(360);
        SplitPane main = new SplitPane(sidebar, content);
        main.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(sidebar, false);
        setCenter(main);
        TaskStripView tasks = new TaskStripView(model.tasks(), () -> model.show(new NavTarget.Tasks()));
        setBottom(new VBox(tasks, new StatusBarView(model.statusBar(), model.tasks(), model.busyProperty())));
    }

    private static ToolBar toolbar(MainViewModel model) {
        Label brand = new Label("Packyard", Icons.of(Icons.PACKAGE, 20));
        brand.getStyleClass().addAll(Styles.TITLE_4);
        Button create = Buttons.withTip("New", Icons.ADD, "toolbar-new",
                "New repository in the domain shown, or a new domain (Ctrl+N)", model::newItem);
        Button refresh = Buttons.withTip("Refresh", Icons.REFRESH, "toolbar-refresh", "Reload from the service (F5)",
                model::refresh);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToggleButton dark = new ToggleButton("", Icons.of(Icons.DARK));
        dark.setId("toolbar-dark-mode");
        dark.setTooltip(new Tooltip("Dark theme (Ctrl+Shift+D)"));
        dark.selectedProperty().bindBidirectional(model.appearance().darkModeProperty());
        dark.getStyleClass().add(Styles.BUTTON_ICON);
        Button settings = Buttons.withTip("", Icons.SETTINGS, "toolbar-settings", "Settings",
                () -> model.show(new NavTarget.Settings()));
        settings.getStyleClass().add(Styles.BUTTON_ICON);
        return new ToolBar(brand, new Region(), create, refresh, spacer, dark, settings);
    }
}
