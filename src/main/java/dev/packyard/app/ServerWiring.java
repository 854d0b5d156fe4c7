package dev.packyard.app;

import dev.packyard.application.fetch.PackageFetchService;
import dev.packyard.formats.Formats;
import dev.packyard.server.PackyardServer;
import dev.packyard.server.ServerContext;
import dev.packyard.server.ServerSettings;

/** Starts the HTTP server on a backend's feature wiring and the fetch use case; used by {@code serve} and by the console. */
public final class ServerWiring {
    private ServerWiring() {
    }

    public static ServerContext context(Backend backend, PackageFetchService fetch) {
        return backend.serverContext(fetch);
    }

    public static PackyardServer start(Backend backend, PackageFetchService fetch, String bindAddress, int port) {
        return start(backend, fetch, ServerSettings.defaults(bindAddress, port));
    }

    public static PackyardServer start(Backend backend, PackageFetchService fetch, ServerSettings settings) {
        return start(backend, fetch, settings, InstalledFormats.formats());
    }

    /** As above, serving the package-manager endpoints of {@code formats}. */
    public static PackyardServer start(Backend backend, PackageFetchService fetch, ServerSettings settings, Formats formats) {
        return PackyardServer.start(backend.serverContext(fetch), formats.endpoints(), settings, backend.readinessChecks());
    }
}
