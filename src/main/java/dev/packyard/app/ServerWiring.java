package dev.packyard.app;

import dev.packyard.formats.Formats;
import dev.packyard.application.publish.GenericPublisher;
import dev.packyard.application.publish.PublishPipeline;
import dev.packyard.server.PackyardServer;
import dev.packyard.server.ServerContext;
import dev.packyard.server.ServerSettings;
import dev.packyard.application.fetch.PackageFetchService;
import dev.packyard.service.throttling.RequestRateLimiter;

/** Hands the HTTP server the services it calls; used by {@code serve} and by the console. */
public final class ServerWiring {
    private ServerWiring() {
    }

    public static ServerContext context(Backend backend, PackageFetchService fetch) {
        PublishPipeline publishing = backend.publishPipeline(fetch.versionChecker()::check);
        return new ServerContext(backend.account(), backend.domains(), backend.repositories(), backend.packages(),
                backend.versions(), backend.locator(), backend.copier(), backend.assets(),
                new GenericPublisher(backend.repositories(), publishing, backend.uploads()), publishing, backend.uploads(),
                backend.tokens(), backend.tags(), backend.policies(), backend.endpoints(),
                new RequestRateLimiter(backend.clock(), RequestRateLimiter.CODEARTIFACT_RATES), fetch,
                backend.blobs(), backend.manifests(), backend.publishExceptions(),
                backend.packageStore(), backend.resolver(), backend.distTags(), backend.versionDetails(), backend.clock());
    }

    public static PackyardServer start(Backend backend, PackageFetchService fetch, String bindAddress, int port) {
        return start(backend, fetch, ServerSettings.defaults(bindAddress, port));
    }

    public static PackyardServer start(Backend backend, PackageFetchService fetch, ServerSettings settings) {
        return start(backend, fetch, settings, InstalledFormats.formats());
    }

    /** As above, serving the package-manager endpoints of {@code formats}. */
    public static PackyardServer start(Backend backend, PackageFetchService fetch, ServerSettings settings, Formats formats) {
        return PackyardServer.start(context(backend, fetch), formats.endpoints(), settings, backend.readinessChecks());
    }
}
