package dev.packyard.app;

import dev.packyard.formats.Formats;
import dev.packyard.application.publish.GenericPublisher;
import dev.packyard.application.publish.PublishPipeline;
import dev.packyard.server.AccessControl;
import dev.packyard.server.CatalogApi;
import dev.packyard.server.PackageContent;
import dev.packyard.server.PackyardServer;
import dev.packyard.server.Publishing;
import dev.packyard.server.ServerContext;
import dev.packyard.server.ServerSettings;
import dev.packyard.application.fetch.PackageFetchService;
import dev.packyard.service.packages.HeldPackages;
import dev.packyard.service.packages.VersionManifests;
import dev.packyard.service.throttling.RequestRateLimiter;

/** Hands the HTTP server the services it calls; used by {@code serve} and by the console. */
public final class ServerWiring {
    private ServerWiring() {
    }

    public static ServerContext context(Backend backend, PackageFetchService fetch) {
        PublishPipeline publishing = backend.publishPipeline(fetch.versionChecker()::check);
        CatalogApi catalog = new CatalogApi(backend.account(), backend.domains(), backend.repositories(),
                backend.packages(), backend.versions(), backend.locator(), backend.copier(), backend.tags(),
                backend.policies(), backend.endpoints(), backend.packageGroups(), backend.events(),
                backend.webhooks());
        PackageContent content = new PackageContent(backend.assets(), fetch, backend.versionDetails(),
                backend.distTags(), new HeldPackages(backend.packageStore(), backend.blobs()));
        Publishing publishers = new Publishing(new GenericPublisher(backend.repositories(), publishing, backend.uploads()),
                publishing, backend.uploads(), new VersionManifests(backend.manifests()));
        AccessControl access = new AccessControl(backend.tokens(),
                new RequestRateLimiter(backend.clock(), RequestRateLimiter.CODEARTIFACT_RATES));
        return new ServerContext(catalog, content, publishers, access, backend.clock());
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
