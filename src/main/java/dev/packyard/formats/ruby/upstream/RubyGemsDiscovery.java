package dev.packyard.formats.ruby.upstream;

import dev.packyard.upstream.discovery.DiscoveryEnvironment;
import dev.packyard.upstream.discovery.DiscoverySource;
import dev.packyard.upstream.discovery.Found;
import dev.packyard.upstream.discovery.Urls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * RubyGems' source: the first entry of {@code :sources:} in the user's ~/.gemrc, else, when RubyGems is installed, the
 * source gem is built with. Without a RubyGems installation nothing is assumed, as for the other formats.
 */
public final class RubyGemsDiscovery implements DiscoverySource {
    /** The source RubyGems and Bundler use when nothing else is configured. */
    static final String DEFAULT_SOURCE = "https://rubygems.org/";

    @Override
    public String lookedAt() {
        return "no :sources: in ~/.gemrc and no RubyGems installation (`gem --version`) to take its default source from";
    }

    @Override
    public List<Supplier<Optional<Found>>> sources(DiscoveryEnvironment env) {
        Path gemrc = env.home().resolve(".gemrc");
        return List.of(() -> firstSource(gemrc).map(url -> new Found(url, "from " + env.display(gemrc))),
                () -> env.commands().run(List.of("gem", "--version"), env.commandTimeout())
                        .map(version -> new Found(DEFAULT_SOURCE, "RubyGems' default source (gem " + version.trim() + ")")));
    }

    /** The YAML list under {@code :sources:}, read line by line: a gemrc holds nothing else that looks like it. */
    static Optional<String> firstSource(Path gemrc) {
        if (!Files.isRegularFile(gemrc)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(gemrc);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        boolean inSources = false;
        for (String line : lines) {
            if (line.startsWith(":sources:")) {
                inSources = true;
            } else if (inSources && line.strip().startsWith("- ")) {
                Optional<String> url = Urls.http(line.strip().substring(2).strip().replace("\"", "").replace("'", ""));
                if (url.isPresent()) {
                    return url;
                }
            } else if (inSources && !line.isBlank()) {
                inSources = false;
            }
        }
        return Optional.empty();
    }
}
