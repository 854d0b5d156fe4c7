package dev.packyard.formats.pypi.upstream;

import dev.packyard.upstream.discovery.DiscoveryEnvironment;
import dev.packyard.upstream.discovery.DiscoverySource;
import dev.packyard.upstream.discovery.Found;
import dev.packyard.upstream.discovery.Urls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * pip's index: $PIP_INDEX_URL, then the user's pip.conf files, then {@code pip config get global.index-url}, then the
 * index pip is built with. An index URL ending in /simple is turned into the repository's base URL.
 */
public final class PipIndexDiscovery implements DiscoverySource {
    private static final String LOOKED_AT = "no index-url in $PIP_INDEX_URL, pip.conf or `pip config get global.index-url`, "
            + "and no pip installation to take its default index from";

    private static final String DEFAULT_INDEX_SCRIPT = "from pip._internal.models.index import PyPI; print(PyPI.simple_url)";

    @Override
    public String lookedAt() {
        return LOOKED_AT;
    }

    /** Each place pip itself would take its index from, in pip's order, ending with pip's built-in default. */
    @Override
    public List<Supplier<Optional<Found>>> sources(DiscoveryEnvironment env) {
        List<Supplier<Optional<Found>>> sources = new ArrayList<>();
        sources.add(() -> env.variable("PIP_INDEX_URL").flatMap(Urls::http).map(url -> new Found(base(url), "from $PIP_INDEX_URL")));
        for (Path file : configFiles(env)) {
            sources.add(() -> indexUrlIn(file).map(url -> new Found(base(url), "from " + env.display(file))));
        }
        sources.add(() -> env.commands().run(List.of("pip", "config", "get", "global.index-url"), env.commandTimeout())
                .flatMap(out -> out.lines().map(String::trim).filter(l -> !l.isEmpty()).findFirst())
                .flatMap(Urls::http)
                .map(url -> new Found(base(url), "from `pip config get global.index-url`")));
        // pip keeps its default index in its own code, as Maven keeps central in its super POM.
        sources.add(() -> env.commands().run(List.of("python3", "-c", DEFAULT_INDEX_SCRIPT), env.commandTimeout())
                .flatMap(out -> out.lines().map(String::trim).filter(l -> !l.isEmpty()).findFirst())
                .flatMap(Urls::http)
                .map(url -> new Found(base(url), "from pip's built-in default index")));
        return sources;
    }

    /** {@code https://host/simple/} → {@code https://host/}; other index URLs are kept as they are. */
    static String base(String indexUrl) {
        String trimmed = indexUrl.endsWith("/") ? indexUrl.substring(0, indexUrl.length() - 1) : indexUrl;
        if (trimmed.toLowerCase(Locale.ROOT).endsWith("/simple")) {
            return trimmed.substring(0, trimmed.length() - "simple".length());
        }
        return indexUrl;
    }

    // pip's own order for per-user files, most specific first.
    private static List<Path> configFiles(DiscoveryEnvironment env) {
        List<Path> files = new ArrayList<>();
        env.variable("PIP_CONFIG_FILE").map(Path::of).ifPresent(files::add);
        Path xdg = env.variable("XDG_CONFIG_HOME").map(Path::of).orElse(env.home().resolve(".config"));
        files.add(xdg.resolve("pip").resolve("pip.conf"));
        files.add(env.home().resolve(".pip").resolve("pip.conf"));
        return files;
    }

    /** {@code index-url} in the [global] or [install] section of an ini file. */
    private static Optional<String> indexUrlIn(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        String section = "";
        for (String raw : lines) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).trim().toLowerCase(Locale.ROOT);
                continue;
            }
            int sep = indexOfSeparator(line);
            if (sep > 0 && (section.equals("global") || section.equals("install"))) {
                String key = line.substring(0, sep).trim().toLowerCase(Locale.ROOT).replace('_', '-');
                if (key.equals("index-url")) {
                    Optional<String> url = Urls.http(line.substring(sep + 1));
                    if (url.isPresent()) {
                        return url;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static int indexOfSeparator(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }
}
