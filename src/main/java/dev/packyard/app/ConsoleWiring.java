package dev.packyard.app;

import dev.packyard.ui.ConsoleContext;
import dev.packyard.ui.common.Feed;
import dev.packyard.app.console.DemoRegistryControls;
import dev.packyard.app.console.DomainMetadataListings;
import dev.packyard.app.console.EngineFetcher;
import dev.packyard.app.console.FetchMetadata;
import dev.packyard.app.console.LiveConnections;
import dev.packyard.app.console.TaskQueueFeed;
import dev.packyard.ui.connections.HealthSummaryFeed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.Optional;
import java.util.function.Supplier;

/** Hands the console the services it calls and the live parts of the running Packyard. */
final class ConsoleWiring {
    private final PackyardRuntime runtime;
    private final String bind;

    ConsoleWiring(PackyardRuntime runtime, String bind) {
        this.runtime = runtime;
        this.bind = bind;
    }

    ConsoleContext context() {
        Backend backend = runtime.backend();
        CatalogWiring catalog = backend.catalog();
        Supplier<String> timing = () -> runtime.fetch().timing().name() + (runtime.fetch().timing().timeScale() == 1 ? ""
                : " at " + formatScale(runtime.fetch().timing().timeScale()) + "× speed");
        Clock clock = backend.clock().withZone(ZoneId.systemDefault());
        Executor downloads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "packyard-console-fetch");
            t.setDaemon(true);
            return t;
        });
        LiveConnections connections = new LiveConnections(runtime.fetch().connections(), catalog.repositories());
        return ConsoleContext.builder(catalog.domains(), catalog.repositories(), catalog.packages(), catalog.versions(),
                        backend.dataDirectory(), backend.account().accountId())
                .clock(clock)
                .tasks(new TaskQueueFeed(backend.tasks().queue()))
                .serverUrl(Feed.constant(Optional.of(runtime.url(bind))))
                .connectionHealth(new HealthSummaryFeed(connections, clock))
                .timingProfile(timing)
                .startDemo(Optional.of(runtime::startDemo))
                .connections(connections)
                .metadata(new FetchMetadata(catalog.repositories(), runtime.fetch().cachedSources(), runtime.fetch().engine().pending()))
                .demo(() -> runtime.demo().map(DemoRegistryControls::new))
                .fetcher(new EngineFetcher(catalog.repositories(), runtime.fetch().versionFetch(), downloads))
                .listings(new DomainMetadataListings(runtime.fetch().metadataListings()))
                .tokens(domain -> catalog.tokens().issue(domain.owner(), domain.name()))
                .clientSetups(InstalledFormats.formats().clientSetups())
                .versionDetails(backend.catalog().versionDetails())
                .build();
    }

    private static String formatScale(double scale) {
        return scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale);
    }
}
