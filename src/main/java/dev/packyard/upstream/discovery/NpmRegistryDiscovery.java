package dev.packyard.upstream.discovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** npm's registry: $NPM_CONFIG_REGISTRY, then ~/.npmrc, then whatever {@code npm config get registry} answers. */
final class NpmRegistryDiscovery {
    static final String LOOKED_AT = "no registry in $NPM_CONFIG_REGISTRY, ~/.npmrc or `npm config get registry`";
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([^}]+)}");

    private NpmRegistryDiscovery() {
    }

    static Optional<Found> find(DiscoveryEnvironment env) {
        for (String name : List.of("NPM_CONFIG_REGISTRY", "npm_config_registry")) {
            Optional<String> url = env.variable(name).flatMap(Urls::http);
            if (url.isPresent()) {
                return Optional.of(new Found(url.get(), "from $" + name));
            }
        }
        Path npmrc = env.variable("NPM_CONFIG_USERCONFIG").map(Path::of).orElse(env.home().resolve(".npmrc"));
        Optional<String> fromFile = registryIn(npmrc, env);
        if (fromFile.isPresent()) {
            return Optional.of(new Found(fromFile.get(), "from " + env.display(npmrc)));
        }
        return env.commands().run(List.of("npm", "config", "get", "registry"), env.commandTimeout())
                .flatMap(out -> out.lines().map(String::trim).filter(l -> !l.isEmpty()).reduce((a, b) -> b))
                .flatMap(Urls::http)
                .map(url -> new Found(url, "from `npm config get registry`"));
    }

    /** The unscoped {@code registry=} line of an npmrc (ini syntax; ${VAR} references expanded). */
    private static Optional<String> registryIn(Path npmrc, DiscoveryEnvironment env) {
        if (!Files.isRegularFile(npmrc)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(npmrc);
        } catch (IOException e) {
            return Optional.empty();
        }
        Optional<String> found = Optional.empty();
        for (String raw : lines) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).trim().equals("registry")) {
                found = Urls.http(expand(line.substring(eq + 1).trim(), env));
            }
        }
        return found;
    }

    private static String expand(String value, DiscoveryEnvironment env) {
        Matcher m = ENV_REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(env.variable(m.group(1)).orElse("")));
        }
        return m.appendTail(out).toString();
    }
}
