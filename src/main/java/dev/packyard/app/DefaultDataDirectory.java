package dev.packyard.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The platform's usual per-user place for application data. */
final class DefaultDataDirectory {
    private DefaultDataDirectory() {
    }

    static Path resolve(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : Path.of(userHome, "AppData", "Local")).resolve("Packyard");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Packyard");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share")).resolve("packyard");
    }

    static Path forThisMachine() {
        return resolve(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
