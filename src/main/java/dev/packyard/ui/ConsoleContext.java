package dev.packyard.ui;

import dev.packyard.service.endpoints.ClientSetups;
import dev.packyard.service.account.Quotas;
import dev.packyard.service.domains.DomainService;
import dev.packyard.service.packages.PackageService;
import dev.packyard.service.packages.VersionService;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.service.topology.TopologyService;
import dev.packyard.ui.common.Feed;
import dev.packyard.ui.main.ConnectionHealthSummary;
import dev.packyard.ui.tasks.TaskFeed;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import dev.packyard.ui.connections.ConnectionsFeed;
import dev.packyard.ui.demo.DemoControls;
import dev.packyard.ui.packages.UpstreamMetadata;
import dev.packyard.ui.repositories.PackageFetcher;
import dev.packyard.ui.repositories.TokenIssuer;
import dev.packyard.ui.staleness.DomainListings;

/**
 * What the console needs from the rest of Packyard.
 *
 * @param clock           gives "now" and the time zone times are shown in
 * @param tasks           the background task queue; {@link TaskFeed#none()} until the queue is wired
 * @param serverUrl       where package managers reach this process; empty while no server runs
 * @param connectionHealth a summary of the external connections' health; empty while nothing monitors them
 * @param timingProfile   the timing profile in use and its speed, read each time Settings shows it (the welcome
 *                        screen's demo speeds it up)
 * @param startDemo       starts the offline demo; empty while the demo registry is not part of the build
 * @param connections     the external connections' endpoints and health, with their commands
 * @param metadata        the package screen's view of cached upstream listings and pending persistence
 * @param demo            the running demo's registries; empty while the demo is not running
 * @param fetcher         "Fetch a package…" through a repository
 * @param listings        every domain's cached upstream listings, for the staleness table
 * @param tokens          the Connect tab's "Create token"
 * @param clientSetups    the Connect tab's snippets, one per installed format
 */
public record ConsoleContext(DomainService domains, RepositoryService repositories, PackageService packages,
                             VersionService versions, Path dataDirectory, String accountId, Clock clock,
                             TaskFeed tasks, Feed<Optional<String>> serverUrl,
                             Feed<Optional<ConnectionHealthSummary>> connectionHealth, Supplier<String> timingProfile,
                             Optional<Runnable> startDemo, ConnectionsFeed connections, UpstreamMetadata metadata,
                             Supplier<Optional<DemoControls>> demo, PackageFetcher fetcher, DomainListings listings,
                             TokenIssuer tokens, ClientSetups clientSetups) {

    /** Without the Connect tab's snippets. */
    public ConsoleContext(DomainService domains, RepositoryService repositories, PackageService packages,
                          VersionService versions, Path dataDirectory, String accountId, Clock clock,
                          TaskFeed tasks, Feed<Optional<String>> serverUrl,
                          Feed<Optional<ConnectionHealthSummary>> connectionHealth, Supplier<String> timingProfile,
                          Optional<Runnable> startDemo, ConnectionsFeed connections, UpstreamMetadata metadata,
                          Supplier<Optional<DemoControls>> demo, PackageFetcher fetcher, DomainListings listings,
                          TokenIssuer tokens) {
        this(domains, repositories, packages, versions, dataDirectory, accountId, clock, tasks, serverUrl, connectionHealth,
                timingProfile, startDemo, connections, metadata, demo, fetcher, listings, tokens, ClientSetups.none());
    }

    /** Without "Create token". */
    public ConsoleContext(DomainService domains, RepositoryService repositories, PackageService packages,
                          VersionService versions, Path dataDirectory, String accountId, Clock clock,
                          TaskFeed tasks, Feed<Optional<String>> serverUrl,
                          Feed<Optional<ConnectionHealthSummary>> connectionHealth, Supplier<String> timingProfile,
                          Optional<Runnable> startDemo, ConnectionsFeed connections, UpstreamMetadata metadata,
                          Supplier<Optional<DemoControls>> demo, PackageFetcher fetcher, DomainListings listings) {
        this(domains, repositories, packages, versions, dataDirectory, accountId, clock, tasks, serverUrl, connectionHealth,
                timingProfile, startDemo, connections, metadata, demo, fetcher, listings, TokenIssuer.none());
    }

    /** Without the domains' metadata-cache view. */
    public ConsoleContext(DomainService domains, RepositoryService repositories, PackageService packages,
                          VersionService versions, Path dataDirectory, String accountId, Clock clock,
                          TaskFeed tasks, Feed<Optional<String>> serverUrl,
                          Feed<Optional<ConnectionHealthSummary>> connectionHealth, Supplier<String> timingProfile,
                          Optional<Runnable> startDemo, ConnectionsFeed connections, UpstreamMetadata metadata,
                          Supplier<Optional<DemoControls>> demo, PackageFetcher fetcher) {
        this(domains, repositories, packages, versions, dataDirectory, accountId, clock, tasks, serverUrl, connectionHealth,
                timingProfile, startDemo, connections, metadata, demo, fetcher, DomainListings.none());
    }

    /** Without the fetch side: no connection monitoring, no cached listings, no demo registry. */
    public ConsoleContext(DomainService domains, RepositoryService repositories, PackageService packages,
                          VersionService versions, Path dataDirectory, String accountId, Clock clock,
                          TaskFeed tasks, Feed<Optional<String>> serverUrl,
                          Feed<Optional<ConnectionHealthSummary>> connectionHealth, Supplier<String> timingProfile,
                          Optional<Runnable> startDemo) {
        this(domains, repositories, packages, versions, dataDirectory, accountId, clock, tasks, serverUrl, connectionHealth,
                timingProfile, startDemo, ConnectionsFeed.none(), UpstreamMetadata.none(), Optional::empty,
                PackageFetcher.none());
    }

    /** The service layer alone: no server, task queue, health monitor or demo yet, times in the local zone. */
    public ConsoleContext(DomainService domains, RepositoryService repositories, PackageService packages,
                          VersionService versions, Path dataDirectory, String accountId) {
        this(domains, repositories, packages, versions, dataDirectory, accountId, Clock.systemDefaultZone(),
                TaskFeed.none(), Feed.constant(Optional.empty()), Feed.constant(Optional.empty()),
                () -> "codeartifact (default)", Optional.empty());
    }

    /** Export and import of topology files, on the same domain and repository services. */
    public TopologyService topology() {
        return new TopologyService(domains, repositories, Quotas.CODEARTIFACT);
    }
}
