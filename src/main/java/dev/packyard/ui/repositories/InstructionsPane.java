package dev.packyard.ui.repositories;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.Buttons;
import dev.packyard.ui.common.Icons;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

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

    /** The whole text shown at once (no scrolling box inside the scrolling page), selectable by its copy button. */
    private static HBox snippet(ObservableStringValue text, String id) {
        // A TextFlow breaks a token or URL longer than the line, where a Label would cut it off.
        Text content = new Text();
        content.textProperty().bind(text);
        content.getStyleClass().add("snippet-text");
        TextFlow code = new TextFlow(content);
        code.setId(id);
        code.getStyleClass().add("snippet");
        code.setMaxWidth(Double.MAX_VALUE);
        code.setMinWidth(0);
        HBox.setHgrow(code, Priority.ALWAYS);
        Button copy = Buttons.withTip("Copy", Icons.COPY, id + "-copy", "Copy to the clipboard", () -> {
            ClipboardContent copied = new ClipboardContent();
            copied.putString(text.get());
            Clipboard.getSystemClipboard().setContent(copied);
        });
        copy.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, code, copy);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }
}
