package dev.packyard.ui.repositories;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.packyard.ui.common.Icons;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** Text snippets that point npm, pip and Maven at this repository. */
final class InstructionsPane extends ScrollPane {
    InstructionsPane(RepositoryViewModel model) {
        Message status = new Message("Endpoint and token are placeholders", "", Icons.of(Icons.INFO));
        status.descriptionProperty().bind(model.instructionStatusProperty());
        status.getStyleClass().add(Styles.WARNING);
        status.setId("instructions-status");
        VBox box = new VBox(10, status,
                heading("Get the endpoint URL and a token"), snippet(model.awsCommandsProperty(), "snippet-aws", 10),
                heading("npm"), snippet(model.npmProperty(), "snippet-npm", 3),
                heading("pip"), snippet(model.pipProperty(), "snippet-pip", 2),
                heading("Maven (settings.xml)"), snippet(model.mavenProperty(), "snippet-maven", 14));
        box.setPadding(new Insets(16, 20, 16, 20));
        setContent(box);
        setFitToWidth(true);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private static TextArea snippet(ObservableStringValue text, String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.textProperty().bind(text);
        area.setEditable(false);
        area.setPrefRowCount(rows);
        area.setWrapText(false);
        area.setStyle("-fx-font-family: monospace;");
        return area;
    }
}
