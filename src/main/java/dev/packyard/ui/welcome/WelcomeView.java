package dev.packyard.ui.welcome;

import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Layout of the first-run screen. */
public final class WelcomeView extends StackPane {
    public WelcomeView(WelcomeViewModel model) {
        setId("welcome-screen");
        Label title = new Label("Welcome to Packyard");
        title.getStyleClass().add(Styles.TITLE_1);
        Label text = new Label("Packyard keeps packages the way AWS CodeArtifact does: domains hold repositories, "
                + "repositories pass requests on to their upstreams, and one of them fetches from a public registry. "
                + "Start by creating a domain.");
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.setStyle("-fx-text-alignment: center;");
        text.getStyleClass().add(Styles.TEXT_MUTED);

        Button create = new Button("Create a domain", Icons.of(Icons.ADD));
        create.setId("welcome-create-domain");
        create.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        create.setOnAction(e -> model.createDomain());
        create.setTooltip(new Tooltip("Create your first domain (Ctrl+N)"));
        Button demo = new Button("Start the offline demo", Icons.of(Icons.DEMO));
        demo.setId("welcome-start-demo");
        demo.getStyleClass().add(Styles.LARGE);
        demo.setDisable(!model.demoAvailable());
        demo.setOnAction(e -> model.startDemo());
        // A disabled button shows no tooltip, so the reason sits in a wrapper that still receives the mouse.
        StackPane demoHolder = new StackPane(demo);
        Tooltip.install(demoHolder, new Tooltip(model.demoTooltip()));
        Button importTopology = new Button("Import a topology…", Icons.of(Icons.IMPORT));
        importTopology.setId("welcome-import-topology");
        importTopology.getStyleClass().add(Styles.LARGE);
        importTopology.setOnAction(e -> model.importTopology());
        importTopology.setTooltip(new Tooltip("Create a domain and its repositories from a topology file (*.packyard)"));
        HBox buttons = new HBox(12, create, importTopology, demoHolder);
        buttons.setAlignment(Pos.CENTER);
        Label demoNote = new Label(model.demoAvailable() ? "" : model.demoTooltip());
        demoNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        demoNote.setId("welcome-demo-note");

        VBox box = new VBox(16, Icons.of(Icons.PACKAGE, 64), title, text, buttons, demoNote);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        getChildren().add(box);
    }
}
