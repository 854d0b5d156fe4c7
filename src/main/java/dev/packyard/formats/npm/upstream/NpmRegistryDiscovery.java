package dev.packyard.formats.npm.upstream;

import dev.packyard.upstream.discovery.DiscoveryEnvironment;
import dev.packyard.upstream.discovery.DiscoverySource;
import dev.packyard.upstream.discovery.Found;
import dev.packyard.upstream.discovery.Urls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * npm's registry: $NPM_CONFIG_REGISTRY, then ~/.npmrc, then whatever {@code npm config get registry} answers, then
 * the registry npm is built with.
 */
public final class NpmRegistryDiscovery implements DiscoverySource {
    private static final String LOOKED_AT = "no registry in $NPM_CONFIG_REGISTRY, ~/.npmrc or `npm config get registry`, "
            + "and no npm installation to take its default registry from";
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([^}]+)}");

    @Override
    public String lookedAt() {
        return LOOKED_AT;
    }

    /** Each place npm itself would take its registry from, in npm's order, ending with npm's built-in default. */
    @Override
    public List<Supplier<Optional<Found>>> sources(DiscoveryEnvironment env) {
        List<Supplier<Optional<Found>>> sources = new ArrayList<>();
        for (String name : List.of("NPM_CONFIG_REGISTRY", "npm_config_registry")) {
            sources.add(() -> env.variable(name).flatMap(Urls::http).map(url -> new Found(url, "from $" + name)));
        }
        Path npmrc = env.variable("NPM_CONFIG_USERCONFIG").map(Path::of).orElse(env.home().resolve(".npmrc"));
        sources.add(() -> registryIn(npmrc, env).map(url -> new Found(url, "from " + env.display(npmrc))));
        sources.add(() -> lastLine(env, List.of("npm", "config", "get", "registry"))
                .map(url -> new Found(url, "from `npm config get registry`")));
        // With both config files out of the way npm answers with the registry it is built with.
        String noUser = env.home().resolve(".packyard-no-user-npmrc").toString();
        String noGlobal = env.home().resolve(".packyard-no-global-npmrc").toString();
        sources.add(() -> lastLine(env, List.of("npm", "config", "get", "registry", "--userconfig", noUser, "--globalconfig", noGlobal))
                .map(url -> new Found(url, "from npm's built-in default registry")));
        return sources;
    }

    private static Optional<String> lastLine(DiscoveryEnvironment env, List<String> command) {
        return env.commands().run(command, env.commandTimeout())
                .flatMap(out -> out.lines().map(String::trim).filter(l -> !l.isEmpty()).reduce((a, b) -> b))
                .flatMap(Urls::http);
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
