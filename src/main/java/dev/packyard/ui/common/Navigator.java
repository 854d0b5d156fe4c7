package dev.packyard.ui.common;

/** Lets a screen move the console elsewhere and tell it that the catalogue changed. */
public interface Navigator {
    void show(NavTarget target);

    /** Domains or repositories were created or deleted: the navigation tree reloads. */
    void catalogChanged();
}
