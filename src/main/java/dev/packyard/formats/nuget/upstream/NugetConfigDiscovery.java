package dev.packyard.formats.nuget.upstream;

import dev.packyard.upstream.discovery.DiscoveryEnvironment;
import dev.packyard.upstream.discovery.DiscoverySource;
import dev.packyard.upstream.discovery.Found;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the NuGet Gallery is for this user: the gallery's v3 source in the user's NuGet.Config
 * ({@code ~/.nuget/NuGet/NuGet.Config}, which dotnet writes on its first run with the gallery in it). Without one the
 * connection has no endpoint until it is set, as for the other formats. A source pointing at this Packyard is never taken.
 */
public final class NugetConfigDiscovery implements DiscoverySource {
    private static final Pattern SOURCE = Pattern.compile("<add\\s+key=\"([^\"]*)\"\\s+value=\"(https?://[^\"]+/index\\.json)\"",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<Supplier<Optional<Found>>> sources(DiscoveryEnvironment env) {
        Path config = env.home().resolve(".nuget").resolve("NuGet").resolve("NuGet.Config");
        return List.of(() -> fromConfig(env, config));
    }

    private static Optional<Found> fromConfig(DiscoveryEnvironment env, Path config) {
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        try {
            Matcher m = SOURCE.matcher(Files.readString(config));
            while (m.find()) {
                if (m.group(2).contains("nuget.org")) {
                    return Optional.of(new Found(m.group(2), "source '" + m.group(1) + "' in " + env.display(config)));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String lookedAt() {
        return "~/.nuget/NuGet/NuGet.Config";
    }
}
