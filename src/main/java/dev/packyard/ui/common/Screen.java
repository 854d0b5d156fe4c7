package dev.packyard.ui.common;

/** The commands every screen answers to: F5 and the Delete key act on the screen that is shown. */
public interface Screen {
    void refresh();

    /** Deletes what is selected on this screen, after asking; does nothing when nothing deletable is selected. */
    void deleteSelection();
}
