package dev.packyard.app;

import dev.packyard.application.publish.GenericPublisher;
import dev.packyard.application.publish.PublishPipeline;
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
        PublishPipeline publishing = backend.publishPipeline(fetch.versionChecker()::check);
        return new ServerContext(backend.account(), backend.domains(), backend.repositories(), backend.packages(),
                backend.versions(), backend.locator(), backend.copier(), backend.assets(),
                new GenericPublisher(backend.repositories(), publishing, backend.uploads()), publishing, backend.uploads(),
                backend.tokens(), backend.tags(), backend.policies(), backend.endpoints(),
                new RequestRateLimiter(backend.clock(), RequestRateLimiter.CODEARTIFACT_RATES), fetch,
                backend.blobs(), backend.manifests(), backend.publishExceptions(),
                backend.packageStore(), backend.resolver(), backend.distTags(), backend.clock());
    }

    public static PackyardServer start(Backend backend, FetchEngine fetch, String bindAddress, int port) {
        return PackyardServer.start(context(backend, fetch), bindAddress, port);
    }

    public static PackyardServer start(Backend backend, FetchEngine fetch, ServerSettings settings) {
        return PackyardServer.start(context(backend, fetch), settings);
    }
}
