package dev.packyard.server;

import dev.packyard.server.controlplane.ControlPlane;
import dev.packyard.model.PackageFormat;
import dev.packyard.server.packages.FormatEndpoint;
import dev.packyard.server.packages.PackageEndpoints;
import dev.packyard.service.health.ReadinessCheck;
import io.javalin.Javalin;
import dev.packyard.server.guard.RequestGuard;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.SizeUnit;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;

/**
 * Packyard's HTTP server: the CodeArtifact control plane under {@code /v1/} and the format plug-ins' package-manager
 * endpoints under {@code /d/}. The console and {@code serve} both start one of these.
 */
public final class PackyardServer {
    private final Javalin app;
    private final EventRoutes events;

    private PackyardServer(Javalin app, EventRoutes events) {
        this.app = app;
        this.events = events;
    }

    /** Starts listening on the address and port (0 picks a free port) with the default limits. */
    public static PackyardServer start(ServerContext context, Map<PackageFormat, FormatEndpoint> formats,
                                       String bindAddress, int port) {
        return start(context, formats, ServerSettings.defaults(bindAddress, port));
    }

    /** Starts listening as the settings say; see {@link #port()} for the port bound. */
    public static PackyardServer start(ServerContext context, Map<PackageFormat, FormatEndpoint> formats,
                                       ServerSettings settings) {
        return start(context, formats, settings, List.of());
    }

    /** As above, with what {@code /_packyard/health} checks before it calls this node ready. */
    public static PackyardServer start(ServerContext context, Map<PackageFormat, FormatEndpoint> formats,
                                       ServerSettings settings, List<ReadinessCheck> readiness) {
        ControlPlane controlPlane = new ControlPlane(context);
        EventRoutes events = new EventRoutes(context.catalog().events(), context.catalog().webhooks(),
                context.catalog().domains());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.compressionStrategy = MetadataCompression.strategy();
            // The guard caps bodies per route; this is Javalin's own ceiling for the bodies it reads whole.
            config.http.maxRequestSize = Math.max(settings.maxUploadBytes(), settings.maxJsonBodyBytes());
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
            // Parts are kept on disk from the first byte, in the data directory's upload spool (emptied at start).
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.BYTES);
            config.jetty.multipartConfig.cacheDirectory(context.publishing().uploads().directory().toString());
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(settings.maxHeaderBytes()));
            config.jetty.modifyServletContextHandler(handler -> handler.addFilter(new FilterHolder(new RequestGuard(settings)),
                    "/*", EnumSet.of(DispatcherType.REQUEST)));
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(5_000);
                server.setErrorHandler(new ProtocolErrorHandler());
            });
            new HealthRoutes(readiness).register(config.routes);
            controlPlane.register(config.routes);
            events.register(config.routes);
            new PackageEndpoints(context, formats).register(config.routes);
        });
        app.start(settings.bind(), settings.port());
        return new PackyardServer(app, events);
    }

    public int port() {
        return app.port();
    }

    /** Stops accepting requests and lets the ones in progress finish (bounded by a stop timeout). */
    public void stop() {
        // Event streams never finish by themselves: end them so the stop does not wait out its timeout on them.
        events.closeStreams();
        app.stop();
    }
}
