package dev.packyard.ui.common;

/** The dialogs ViewModels open; a boundary so that ViewModels are tested without windows. */
public interface DialogService {
    /** Asks a yes/no question; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Tells the user that something failed and what to do about it. */
    void showError(String title, String message);

    /** Shows a form; true when the user submitted it (it is valid then). */
    boolean showForm(FormViewModel form);
}
