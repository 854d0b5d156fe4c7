package dev.packyard.app;

import dev.packyard.server.PackyardServer;
import dev.packyard.server.ServerContext;
import dev.packyard.service.settings.RuntimeSettings;
import dev.packyard.service.throttling.RequestRateLimiter;

/** Hands the HTTP server the services it calls; used by {@code serve} and, later, by the console. */
public final class ServerWiring {
    private ServerWiring() {
    }

    public static ServerContext context(Backend backend, RuntimeSettings settings) {
        return new ServerContext(backend.account(), backend.domains(), backend.repositories(), backend.packages(),
                backend.versions(), backend.locator(), backend.copier(), backend.assets(), backend.publisher(),
                backend.tokens(), backend.tags(), backend.policies(), backend.endpoints(),
                new RequestRateLimiter(backend.clock(), RequestRateLimiter.CODEARTIFACT_RATES), settings);
    }

    public static PackyardServer start(Backend backend, RuntimeSettings settings, String bindAddress, int port) {
        return PackyardServer.start(context(backend, settings), bindAddress, port);
    }
}
