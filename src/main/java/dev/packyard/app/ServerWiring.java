package dev.packyard.app;

import dev.packyard.server.PackyardServer;
import dev.packyard.server.ServerContext;
import dev.packyard.server.ServerSettings;
import dev.packyard.upstream.fetch.FetchEngine;
import dev.packyard.service.throttling.RequestRateLimiter;

/** Hands the HTTP server the services it calls; used by {@code serve} and by the console. */
public final class ServerWiring {
    private ServerWiring() {
    }

    public static ServerContext context(Backend backend, FetchEngine fetch) {
        return new ServerContext(backend.account(), backend.domains(), backend.repositories(), backend.packages(),
                backend.versions(), backend.locator(), backend.copier(), backend.assets(), backend.publisher(),
                backend.tokens(), backend.tags(), backend.policies(), backend.endpoints(),
                new RequestRateLimiter(backend.clock(), RequestRateLimiter.CODEARTIFACT_RATES), fetch,
                backend.blobs(), backend.manifests(), backend.publishExceptions(),
                backend.packageStore(), backend.resolver(), backend.distTags(), backend.clock());
    }

    public static PackyardServer start(Backend backend, FetchEngine fetch, String bindAddress, int port) {
        return start(backend, fetch, ServerSettings.defaults(bindAddress, port));
    }

    public static PackyardServer start(Backend backend, FetchEngine fetch, ServerSettings settings) {
        return PackyardServer.start(context(backend, fetch), settings, backend.readinessChecks());
    }
}
