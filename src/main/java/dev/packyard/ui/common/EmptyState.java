package dev.packyard.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** An explanation in place of an empty list: what would be here, and how it gets there. */
public final class EmptyState extends VBox {
    public EmptyState(String icon, String title, String explanation) {
        super(6);
        setAlignment(Pos.CENTER);
        getStyleClass().add("empty-state");
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        Label text = new Label(explanation);
        text.setWrapText(true);
        text.getStyleClass().add("text-muted");
        text.setMaxWidth(420);
        text.setStyle("-fx-text-alignment: center;");
        getChildren().addAll(Icons.of(icon, 32), heading, text);
    }
}
