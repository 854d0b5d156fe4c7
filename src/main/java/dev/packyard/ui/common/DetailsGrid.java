package dev.packyard.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Label–value rows of a details pane. */
public final class DetailsGrid extends GridPane {
    private int rows;

    public DetailsGrid() {
        setHgap(16);
        setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, values);
    }

    public DetailsGrid row(String label, ObservableStringValue value, String id) {
        Label name = new Label(label);
        name.getStyleClass().add(Styles.TEXT_MUTED);
        Label shown = new Label();
        shown.setId(id);
        shown.setWrapText(true);
        shown.textProperty().bind(value);
        add(name, 0, rows);
        add(shown, 1, rows);
        rows++;
        return this;
    }
}
