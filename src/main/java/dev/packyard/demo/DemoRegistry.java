package dev.packyard.demo;

import dev.packyard.demo.common.FormatRegistry;
import dev.packyard.demo.conditions.RegistryConditions;
import dev.packyard.formats.maven.demo.MavenRegistry;
import dev.packyard.formats.npm.demo.NpmRegistry;
import dev.packyard.formats.pypi.demo.PypiRegistry;
import dev.packyard.model.PackageFormat;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.http.UriCompliance;

/**
 * The offline demo's stand-in for the public npm registry, PyPI and a Maven repository, served on 127.0.0.1
 * with generated, reproducible packages. Real npm, pip and Maven clients install from it; the console and
 * tests drive outages, latency and new upstream versions through {@link #controls(PackageFormat)} or the
 * HTTP controls under {@code /_demo/}.
 */
public final class DemoRegistry implements AutoCloseable {
    public static final String HOST = "127.0.0.1";
    private static final Map<PackageFormat, String> PATH_PREFIXES =
            Map.of(PackageFormat.NPM, "npm", PackageFormat.PYPI, "pypi", PackageFormat.MAVEN, "maven2");
    private static final Map<PackageFormat, String> DISPLAY_NAMES =
            Map.of(PackageFormat.NPM, "npm", PackageFormat.PYPI, "PyPI", PackageFormat.MAVEN, "Maven");

    private final Map<PackageFormat, FormatRegistry> registries = new EnumMap<>(PackageFormat.class);
    private final Map<PackageFormat, RegistryConditions> conditions = new EnumMap<>(PackageFormat.class);
    private final Map<PackageFormat, RegistryControls> controls = new EnumMap<>(PackageFormat.class);
    private final String controlSecret = newSecret();
    private Javalin server;
    private DemoEndpoints endpoints;

    /** {@code clock} stamps versions published while the demo runs; the seeded catalogue has fixed times. */
    public DemoRegistry(Clock clock) {
        registries.put(PackageFormat.NPM, new NpmRegistry(clock));
        registries.put(PackageFormat.PYPI, new PypiRegistry(clock));
        registries.put(PackageFormat.MAVEN, new MavenRegistry(clock));
        registries.forEach((format, registry) -> {
            RegistryConditions c = new RegistryConditions();
            conditions.put(format, c);
            controls.put(format, new RegistryControls(format, registry, c));
        });
    }

    /** The formats the demo registry imitates. */
    public static Set<PackageFormat> formats() {
        return EnumSet.copyOf(PATH_PREFIXES.keySet());
    }

    /** Starts serving on 127.0.0.1:{@code port} (0 picks a free port) and returns the registries' base URLs. */
    public synchronized DemoEndpoints start(int port) {
        if (server != null) {
            throw new IllegalStateException("The demo registry is already running at " + endpoints.origin());
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port must be between 0 and 65535, not " + port);
        }
        Javalin app = Javalin.create(this::configure);
        app.start(HOST, port);
        server = app;
        endpoints = DemoEndpoints.at(HOST, app.port());
        return endpoints;
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        // Bodies go out exactly as generated, so the hashes clients check match what they receive.
        config.http.compressionStrategy = CompressionStrategy.NONE;
        // npm asks for scoped packages as /@scope%2fname, which Jetty rejects as ambiguous by default.
        config.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(
                UriCompliance.DEFAULT.with("npm-scoped-names", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR)));
        config.jetty.modifyServletContextHandler(context -> context.getServletHandler().setDecodeAmbiguousURIs(true));
        registries.forEach((format, registry) -> {
            String prefix = PATH_PREFIXES.get(format);
            RegistryRoute route = new RegistryRoute(prefix, DISPLAY_NAMES.get(format), registry, conditions.get(format));
            config.routes.get("/" + prefix + "/<path>", route);
            // The registry's root answers too (and goes down with it): health probes ask the base URL.
            config.routes.get("/" + prefix + "/", route);
            config.routes.head("/" + prefix + "/<path>", route);
        });
        new ControlRoutes(controls, controlSecret).register(config.routes);
    }

    /** Stops serving; the catalogue, conditions and counters stay, so a later {@link #start(int)} continues. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
            endpoints = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized Optional<DemoEndpoints> endpoints() {
        return Optional.ofNullable(endpoints);
    }

    /**
     * This run's secret for the HTTP controls under {@code /_demo/}, sent in the {@value ControlRoutes#SECRET_HEADER}
     * header; it changes every time a demo registry is created.
     */
    public String controlSecret() {
        return controlSecret;
    }

    /** The header that carries {@link #controlSecret()}. */
    public static String controlSecretHeader() {
        return ControlRoutes.SECRET_HEADER;
    }

    private static String newSecret() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The controls of the registry for {@code format}: npm, pypi or maven. */
    public RegistryControls controls(PackageFormat format) {
        RegistryControls c = controls.get(format);
        if (c == null) {
            throw new IllegalArgumentException("The demo registry serves npm, pypi and maven, not " + format);
        }
        return c;
    }
}
