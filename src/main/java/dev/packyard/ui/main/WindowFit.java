package dev.packyard.ui.main;

import javafx.geometry.Rectangle2D;

/**
 * The window's first size on the screen it opens on: the remembered (or default) size, but never larger than the
 * screen's usable area, so a 1024×700 screen does not get a window that starts off its left edge.
 */
final class WindowFit {
    private WindowFit() {
    }

    static double[] within(double[] wanted, Rectangle2D usable) {
        return new double[] {Math.min(wanted[0], usable.getWidth()), Math.min(wanted[1], usable.getHeight())};
    }
}
