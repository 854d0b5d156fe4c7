package dev.packyard.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs as real modal windows over the console. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", yes, ButtonType.CANCEL);
        prepare(alert, title, message);
        alert.getDialogPane().lookupButton(yes).setId("dialog-confirm");
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public boolean confirmDestructive(String title, String message, String actionLabel, Optional<String> typeToConfirm) {
        ButtonType destroy = new ButtonType(actionLabel, ButtonData.OTHER);
        ButtonType cancel = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", cancel, destroy);
        prepare(alert, title, message);
        alert.getDialogPane().setId("destructive-dialog");
        Button destroyButton = (Button) alert.getDialogPane().lookupButton(destroy);
        Button cancelButton = (Button) alert.getDialogPane().lookupButton(cancel);
        destroyButton.setId("dialog-confirm");
        destroyButton.getStyleClass().add(Styles.DANGER);
        destroyButton.setDefaultButton(false);
        cancelButton.setId("dialog-cancel");
        cancelButton.setDefaultButton(true);
        cancelButton.setCancelButton(true);
        Node focusFirst = cancelButton;
        if (typeToConfirm.isPresent()) {
            String name = typeToConfirm.get();
            TextField typed = new TextField();
            typed.setId("dialog-type-to-confirm");
            typed.setPromptText(name);
            Label ask = new Label("Type " + name + " to confirm");
            ask.setLabelFor(typed);
            VBox content = new VBox(10, alert.getDialogPane().getContent(), ask, typed);
            alert.getDialogPane().setContent(content);
            destroyButton.disableProperty().bind(typed.textProperty().isNotEqualTo(name));
            focusFirst = typed;
        }
        Node first = focusFirst;
        alert.setOnShown(e -> Platform.runLater(first::requestFocus));
        return alert.showAndWait().filter(b -> b == destroy).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        prepare(alert, title, message);
        alert.getDialogPane().setId("error-dialog");
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        prepare(alert, title, message);
        alert.getDialogPane().setId("info-dialog");
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileFilter filter) {
        return Optional.ofNullable(chooser(title, filter).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileFilter filter) {
        FileChooser chooser = chooser(title, filter);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(String title, FileFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(filter.description(), filter.patterns()),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    @Override
    public boolean showForm(FormViewModel form) {
        ButtonType submit = new ButtonType(form.submitLabel(), ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        WindowIcons.apply(dialog.getDialogPane().getScene().getWindow());
        dialog.setTitle(form.title());
        dialog.setHeaderText(form.title());
        dialog.getDialogPane().getButtonTypes().addAll(submit, ButtonType.CANCEL);
        FormView view = new FormView(form);
        dialog.getDialogPane().setContent(view);
        dialog.setOnShown(e -> view.focusFirst());
        // A validation message can take several lines: grow the window so the buttons stay in view.
        form.fields().forEach(f -> f.errorProperty().addListener((obs, old, now) ->
                Platform.runLater(() -> dialog.getDialogPane().getScene().getWindow().sizeToScene())));
        dialog.getDialogPane().setPrefWidth(520);
        var submitButton = dialog.getDialogPane().lookupButton(submit);
        submitButton.setId("form-submit");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("form-cancel");
        submitButton.disableProperty().bind(form.validBinding().not());
        return dialog.showAndWait().filter(b -> b == submit).isPresent();
    }

    private void prepare(Alert alert, String title, String message) {
        alert.initOwner(owner.get());
        WindowIcons.apply(alert.getDialogPane().getScene().getWindow());
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setId("dialog-message");
        text.setMaxWidth(460);
        text.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(520);
    }
}
