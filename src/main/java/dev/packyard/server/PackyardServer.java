package dev.packyard.server;

import dev.packyard.server.controlplane.ControlPlane;
import dev.packyard.server.packages.PackageEndpoints;
import io.javalin.Javalin;

/**
 * Packyard's HTTP server: the CodeArtifact control plane under {@code /v1/} and the npm, PyPI and Maven endpoints
 * under {@code /d/}. The console and {@code serve} both
 * start one of these.
 */
public final class PackyardServer {
    private final Javalin app;

    private PackyardServer(Javalin app) {
        this.app = app;
    }

    /** Starts listening on the address and port (0 picks a free port); see {@link #port()} for the one bound. */
    public static PackyardServer start(ServerContext context, String bindAddress, int port) {
        ControlPlane controlPlane = new ControlPlane(context);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.compressionStrategy = MetadataCompression.strategy();
            config.http.maxRequestSize = 10L * 1024 * 1024;
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(5_000);
                server.setErrorHandler(new ProtocolErrorHandler());
            });
            controlPlane.register(config.routes);
            new PackageEndpoints(context).register(config.routes);
        });
        app.start(bindAddress, port);
        return new PackyardServer(app);
    }

    public int port() {
        return app.port();
    }

    /** Stops accepting requests and lets the ones in progress finish (bounded by a stop timeout). */
    public void stop() {
        app.stop();
    }
}
