package dev.packyard.ui.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * What the console remembers between runs, kept beside the data it belongs to ({@code console.properties} in the data
 * directory): the theme and the window's size. java.util.Properties is enough for two values; a file that cannot be
 * read or written only means the defaults are used.
 */
public final class ConsolePreferences {
    private static final System.Logger LOG = System.getLogger(ConsolePreferences.class.getName());
    private static final String DARK = "theme.dark";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";

    private final Path file;
    private final Properties values = new Properties();

    private ConsolePreferences(Path file) {
        this.file = file;
    }

    public static ConsolePreferences in(Path dataDirectory) {
        ConsolePreferences prefs = new ConsolePreferences(dataDirectory.resolve("console.properties"));
        if (Files.isRegularFile(prefs.file)) {
            try (InputStream in = Files.newInputStream(prefs.file)) {
                prefs.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Console preferences not read from " + prefs.file + ": " + e.getMessage());
            }
        }
        return prefs;
    }

    public boolean darkMode() {
        return Boolean.parseBoolean(values.getProperty(DARK, "false"));
    }

    public void darkMode(boolean dark) {
        values.setProperty(DARK, Boolean.toString(dark));
        save();
    }

    /** The window size last used, or {@code fallback} ({width, height}) the first time. */
    public double[] windowSize(double[] fallback) {
        return new double[] {number(WIDTH, fallback[0]), number(HEIGHT, fallback[1])};
    }

    public void windowSize(double width, double height) {
        values.setProperty(WIDTH, Long.toString(Math.round(width)));
        values.setProperty(HEIGHT, Long.toString(Math.round(height)));
        save();
    }

    private double number(String key, double fallback) {
        try {
            double v = Double.parseDouble(values.getProperty(key, ""));
            return v >= 200 && v <= 20_000 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void save() {
        try {
            Path temp = Files.createTempFile(file.getParent(), "console", ".properties");
            try (OutputStream out = Files.newOutputStream(temp)) {
                values.store(out, "Packyard console");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Console preferences not saved to " + file + ": " + e.getMessage());
        }
    }
}
