package dev.packyard.ui.repositories;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.Buttons;
import dev.packyard.ui.common.CodeSnippet;
import dev.packyard.ui.common.Icons;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Ready-to-paste commands that point each installed format's package managers at this repository, each with a copy button. */
final class InstructionsPane extends ScrollPane {
    InstructionsPane(RepositoryViewModel model) {
        Message status = new Message("Connect a package manager", "", Icons.of(Icons.INFO));
        status.descriptionProperty().bind(model.instructionStatusProperty());
        status.getStyleClass().add(Styles.ACCENT);
        status.setId("instructions-status");
        Button token = Buttons.withTip("Create token", Icons.CONNECT, "create-token",
                "Issue an authorization token for this domain (valid 12 hours) and fill it into the commands below",
                model::createToken);
        VBox box = new VBox(10, status, token,
                heading("One step: aws codeartifact login"), snippet(model.loginProperty(), "snippet-login"));
        for (RepositoryViewModel.SnippetView view : model.snippets()) {
            box.getChildren().addAll(heading(view.title()), snippet(view.text(), "snippet-" + view.id()));
        }
        box.setPadding(new Insets(16, 20, 16, 20));
        setContent(box);
        setFitToWidth(true);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private static HBox snippet(ObservableStringValue text, String id) {
        return CodeSnippet.of(text, id);
    }
}
