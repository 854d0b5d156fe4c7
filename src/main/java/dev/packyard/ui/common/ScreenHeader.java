package dev.packyard.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The top of a screen: icon, title, a muted subtitle, and the screen's actions on the right. */
public final class ScreenHeader extends HBox {
    public ScreenHeader(String icon, ObservableStringValue title, ObservableStringValue subtitle, Node... actions) {
        super(12);
        setAlignment(Pos.CENTER_LEFT);
        Label heading = new Label();
        heading.setId("screen-title");
        heading.textProperty().bind(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        Label sub = new Label();
        sub.textProperty().bind(subtitle);
        sub.getStyleClass().add(Styles.TEXT_MUTED);
        VBox texts = new VBox(2, heading, sub);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, actions);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(Icons.of(icon, 28), texts, spacer, buttons);
    }
}
