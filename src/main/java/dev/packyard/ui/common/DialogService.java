package dev.packyard.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The dialogs ViewModels open; a boundary so that ViewModels are tested without windows. */
public interface DialogService {
    /** Asks a yes/no question; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * Asks before something is destroyed: Cancel is the default button (Enter cancels) and the action is styled as
     * danger. With {@code typeToConfirm} the action stays disabled until that name is typed.
     */
    boolean confirmDestructive(String title, String message, String actionLabel, Optional<String> typeToConfirm);

    /** Tells the user that something failed and what to do about it. */
    void showError(String title, String message);

    /** Shows a form; true when the user submitted it (it is valid then). */
    boolean showForm(FormViewModel form);

    /** Which files a file chooser offers: a description and glob patterns such as {@code *.packyard}. */
    record FileFilter(String description, List<String> patterns) {
        public FileFilter {
            patterns = List.copyOf(patterns);
        }
    }

    /** Tells the user that something finished, and where its result is. */
    default void showInfo(String title, String message) {
    }

    /** Asks for an existing file to open; empty when the user cancelled (or this service shows no file choosers). */
    default Optional<Path> chooseFileToOpen(String title, FileFilter filter) {
        return Optional.empty();
    }

    /** Asks where to save a file, suggesting {@code suggestedName}; empty when the user cancelled. */
    default Optional<Path> chooseFileToSave(String title, String suggestedName, FileFilter filter) {
        return Optional.empty();
    }
}
