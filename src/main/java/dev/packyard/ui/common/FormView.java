package dev.packyard.ui.common;

import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The layout of a form: each field with its label, and the field's validation message right under it. */
final class FormView extends VBox {
    private final Control first;

    FormView(FormViewModel form) {
        super(4);
        setPrefWidth(480);
        if (!form.description().isEmpty()) {
            Label description = new Label(form.description());
            description.setWrapText(true);
            description.setMinHeight(Region.USE_PREF_SIZE);
            description.getStyleClass().add(Styles.TEXT_MUTED);
            getChildren().add(description);
        }
        Label refusal = new Label();
        refusal.setId("form-refusal");
        refusal.setWrapText(true);
        refusal.setMinHeight(Region.USE_PREF_SIZE);
        refusal.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
        refusal.textProperty().bind(form.refusalProperty());
        refusal.managedProperty().bind(form.refusalProperty().isNotEmpty());
        refusal.visibleProperty().bind(form.refusalProperty().isNotEmpty());
        getChildren().add(refusal);
        Control first = null;
        for (FormField field : form.fields()) {
            Label label = new Label(field.label() + (field.required() ? "" : " (optional)"));
            label.getStyleClass().add(Styles.TEXT_BOLD);
            label.setStyle("-fx-padding: 8 0 0 0;");
            Control input = field.isChoice() ? choice(field) : text(field);
            input.setId("field-" + field.key());
            input.setMaxWidth(Double.MAX_VALUE);
            label.setLabelFor(input);
            Label error = new Label();
            error.setId("field-" + field.key() + "-error");
            error.setWrapText(true);
            // Without this the dialog squeezes a long message to one truncated line.
            error.setMinHeight(Region.USE_PREF_SIZE);
            error.getStyleClass().add(Styles.DANGER);
            error.textProperty().bind(field.errorProperty());
            error.managedProperty().bind(field.errorProperty().isNotEmpty());
            error.visibleProperty().bind(field.errorProperty().isNotEmpty());
            field.errorProperty().addListener((obs, old, now) -> input.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
            getChildren().addAll(label, input, error);
            if (first == null) {
                first = input;
            }
        }
        this.first = first;
    }

    /** Puts the cursor in the first field; called once the dialog is on screen, when focus requests take effect. */
    void focusFirst() {
        if (first != null) {
            first.requestFocus();
        }
    }

    private static TextField text(FormField field) {
        TextField text = new TextField();
        text.setPromptText(field.prompt());
        text.textProperty().bindBidirectional(field.valueProperty());
        return text;
    }

    private static ComboBox<String> choice(FormField field) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(field.choices()));
        box.setCellFactory(list -> new ChoiceCell(field));
        box.setButtonCell(new ChoiceCell(field));
        box.valueProperty().addListener((obs, old, now) -> field.valueProperty().set(now == null ? "" : now));
        if (!field.value().isEmpty()) {
            box.setValue(field.value());
        }
        return box;
    }

    private static final class ChoiceCell extends ListCell<String> {
        private final FormField field;

        ChoiceCell(FormField field) {
            this.field = field;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : field.choiceLabel(item));
        }
    }
}
