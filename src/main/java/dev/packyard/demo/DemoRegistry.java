package dev.packyard.demo;

import dev.packyard.demo.common.FormatRegistry;
import dev.packyard.demo.conditions.RegistryConditions;
import dev.packyard.model.PackageFormat;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import java.security.SecureRandom;
import java.net.URI;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.UriCompliance;

/**
 * The offline demo's public registries: each format plug-in's {@link DemoStandIn}, served on 127.0.0.1 with
 * generated, reproducible packages. Real npm, pip and Maven clients install from it; the console and tests drive
 * outages, latency and new upstream versions through {@link #controls(PackageFormat)} or the HTTP controls under
 * {@code /_demo/}.
 */
public final class DemoRegistry implements AutoCloseable {
    public static final String HOST = "127.0.0.1";

    private final Map<PackageFormat, DemoStandIn> standIns;
    private final Map<PackageFormat, FormatRegistry> registries = new EnumMap<>(PackageFormat.class);
    private final Map<PackageFormat, RegistryConditions> conditions = new EnumMap<>(PackageFormat.class);
    private final Map<PackageFormat, RegistryControls> controls = new EnumMap<>(PackageFormat.class);
    private final String controlSecret = newSecret();
    private Javalin server;
    private DemoEndpoints endpoints;

    /**
     * @param clock    stamps versions published while the demo runs; the seeded catalogue has fixed times
     * @param standIns the format plug-ins' stand-ins, by format
     */
    public DemoRegistry(Clock clock, Map<PackageFormat, DemoStandIn> standIns) {
        if (standIns.isEmpty()) {
            throw new IllegalArgumentException("The demo registry needs at least one format's stand-in");
        }
        this.standIns = new EnumMap<>(standIns);
        this.standIns.forEach((format, standIn) -> registries.put(format, standIn.create(clock)));
        registries.forEach((format, registry) -> {
            RegistryConditions c = new RegistryConditions();
            conditions.put(format, c);
            controls.put(format, new RegistryControls(format, registry, c));
        });
    }

    /** The formats the demo registry imitates. */
    public Set<PackageFormat> formats() {
        return EnumSet.copyOf(standIns.keySet());
    }

    /** How the console names the registry of {@code format} at the start of a sentence. */
    public String title(PackageFormat format) {
        controls(format);
        return standIns.get(format).title();
    }

    static String names(Collection<PackageFormat> formats) {
        return formats.stream().sorted().map(PackageFormat::wireName).collect(Collectors.joining(", "));
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
        endpoints = endpointsAt(app.port());
        return endpoints;
    }

    private DemoEndpoints endpointsAt(int port) {
        URI origin = URI.create("http://" + HOST + ":" + port + "/");
        Map<PackageFormat, URI> bases = new EnumMap<>(PackageFormat.class);
        standIns.forEach((format, standIn) -> bases.put(format, origin.resolve(standIn.pathPrefix() + "/")));
        return new DemoEndpoints(origin, bases, origin.resolve("_demo/"));
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
            DemoStandIn standIn = standIns.get(format);
            String prefix = standIn.pathPrefix();
            RegistryRoute route = new RegistryRoute(prefix, standIn.displayName(), registry, conditions.get(format));
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

    /** The controls of the registry for {@code format}, one of {@link #formats()}. */
    public RegistryControls controls(PackageFormat format) {
        RegistryControls c = controls.get(format);
        if (c == null) {
            throw new IllegalArgumentException("The demo registry serves " + names(controls.keySet()) + ", not " + format);
        }
        return c;
    }
}
