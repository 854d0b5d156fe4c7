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
        // On a narrow window the subtitle wraps and the actions that do not fit move into a "More" menu.
        sub.setWrapText(true);
        sub.setMinHeight(Region.USE_PREF_SIZE);
        heading.setMinWidth(0);
        VBox texts = new VBox(2, heading, sub);
        texts.setMinWidth(0);
        HBox.setHgrow(texts, Priority.ALWAYS);
        texts.setMaxWidth(Double.MAX_VALUE);
        OverflowBar buttons = new OverflowBar(8, actions);
        buttons.setMaxWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(Icons.of(icon, 28), texts, buttons);
    }
}
