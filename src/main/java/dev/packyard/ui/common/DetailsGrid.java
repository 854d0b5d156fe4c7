package dev.packyard.ui.common;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
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

    /**
     * A row for a long identifier such as an ARN: it wraps after its ':' and '/' (never inside a word, and never cut
     * off at a narrow width), and a copy button beside it copies the identifier itself. JavaFX wraps a label only at
     * white space, so the parts are laid out one after another in a flow that breaks between them.
     */
    public DetailsGrid identifierRow(String label, ObservableStringValue value, String id) {
        Label name = new Label(label);
        name.getStyleClass().add(Styles.TEXT_MUTED);
        FlowPane shown = new FlowPane();
        shown.setId(id);
        shown.setMinWidth(0);
        shown.setPrefWrapLength(300);
        Runnable fill = () -> {
            shown.getChildren().setAll(parts(value.get()).stream().map(Label::new).toList());
            shown.setAccessibleText(value.get());
        };
        value.addListener((obs, old, now) -> fill.run());
        fill.run();
        Button copy = Buttons.withTip("", Icons.COPY, id + "-copy", "Copy the " + label + " to the clipboard", () -> {
            ClipboardContent copied = new ClipboardContent();
            copied.putString(value.get());
            Clipboard.getSystemClipboard().setContent(copied);
        });
        copy.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(shown, Priority.ALWAYS);
        shown.setMaxWidth(Double.MAX_VALUE);
        HBox cell = new HBox(4, shown, copy);
        cell.setAlignment(Pos.TOP_LEFT);
        cell.setMinWidth(0);
        add(name, 0, rows);
        add(cell, 1, rows);
        rows++;
        return this;
    }

    /** "arn:", "aws:", …, "repository/", "demo/", "app": each part ends where a line may break. */
    static List<String> parts(String identifier) {
        List<String> parts = new ArrayList<>();
        if (identifier == null) {
            return parts;
        }
        int start = 0;
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (c == ':' || c == '/') {
                parts.add(identifier.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < identifier.length()) {
            parts.add(identifier.substring(start));
        }
        return parts;
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
