package dev.packyard.upstream.discovery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What discovery may look at: environment variables, the user's home directory, and commands it may run. */
public record DiscoveryEnvironment(Map<String, String> env, Path home, CommandRunner commands, Duration commandTimeout) {
    public DiscoveryEnvironment {
        env = Map.copyOf(env);
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(commandTimeout, "commandTimeout");
    }

    /** This machine as the user sees it. */
    public static DiscoveryEnvironment system() {
        return new DiscoveryEnvironment(System.getenv(), Path.of(System.getProperty("user.home")), new ProcessCommandRunner(),
                Duration.ofSeconds(15));
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** A path under the home directory, shown to the user in the familiar {@code ~/...} form. */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path homeDir = home.toAbsolutePath().normalize();
        return absolute.startsWith(homeDir) ? "~/" + homeDir.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }
}
