package dev.packyard.app;

import dev.packyard.ui.testing.ScreenshotDriver;

/**
 * The console as {@code java -jar packyard.jar} starts it, with the screenshot driver listening beside it; only
 * docs/screenshots/take-screenshots.sh runs this.
 */
public final class ScreenshotConsole {
    private ScreenshotConsole() {
    }

    public static void main(String[] args) {
        ScreenshotDriver.startIfAsked();
        System.exit(Launcher.run(args));
    }
}
