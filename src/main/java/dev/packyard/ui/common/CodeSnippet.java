package dev.packyard.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** A command or configuration to paste: shown whole (no scrolling box inside a scrolling page), with a copy button. */
public final class CodeSnippet {
    private CodeSnippet() {
    }

    /** The snippet's text flow has {@code id}, its copy button {@code id-copy}. */
    public static HBox of(ObservableStringValue text, String id) {
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
