package dev.packyard.ui;

import dev.packyard.service.endpoints.ClientSetups;
import dev.packyard.service.details.VersionDetailsService;
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
 * @param versionDetails  what a version's archive says (readme, licenses, dependencies), for the version pane
 */
public record ConsoleContext(DomainService domains, RepositoryService repositories, PackageService packages,
                             VersionService versions, Path dataDirectory, String accountId, Clock clock,
                             TaskFeed tasks, Feed<Optional<String>> serverUrl,
                             Feed<Optional<ConnectionHealthSummary>> connectionHealth, Supplier<String> timingProfile,
                             Optional<Runnable> startDemo, ConnectionsFeed connections, UpstreamMetadata metadata,
                             Supplier<Optional<DemoControls>> demo, PackageFetcher fetcher, DomainListings listings,
                             TokenIssuer tokens, ClientSetups clientSetups,
                             Optional<VersionDetailsService> versionDetails) {

    /** A context on the catalogue services alone; every live part starts as "none" until a {@code with…} sets it. */
    public static Builder builder(DomainService domains, RepositoryService repositories, PackageService packages,
                                  VersionService versions, Path dataDirectory, String accountId) {
        return new Builder(domains, repositories, packages, versions, dataDirectory, accountId);
    }

    /** A builder holding this context's parts, for a context that differs in one or two. */
    public Builder toBuilder() {
        return new Builder(domains, repositories, packages, versions, dataDirectory, accountId).clock(clock).tasks(tasks)
                .serverUrl(serverUrl).connectionHealth(connectionHealth).timingProfile(timingProfile).startDemo(startDemo)
                .connections(connections).metadata(metadata).demo(demo).fetcher(fetcher).listings(listings).tokens(tokens).clientSetups(clientSetups)
                .versionDetails(versionDetails);
    }

    /** Builds a {@link ConsoleContext}; what is not set is absent (no server, no task queue, no fetch side, no demo). */
    public static final class Builder {
        private final DomainService domains;
        private final RepositoryService repositories;
        private final PackageService packages;
        private final VersionService versions;
        private final Path dataDirectory;
        private final String accountId;
        private Clock clock = Clock.systemDefaultZone();
        private TaskFeed tasks = TaskFeed.none();
        private Feed<Optional<String>> serverUrl = Feed.constant(Optional.empty());
        private Feed<Optional<ConnectionHealthSummary>> connectionHealth = Feed.constant(Optional.empty());
        private Supplier<String> timingProfile = () -> "codeartifact (default)";
        private Optional<Runnable> startDemo = Optional.empty();
        private ConnectionsFeed connections = ConnectionsFeed.none();
        private UpstreamMetadata metadata = UpstreamMetadata.none();
        private Supplier<Optional<DemoControls>> demo = Optional::empty;
        private PackageFetcher fetcher = PackageFetcher.none();
        private DomainListings listings = DomainListings.none();
        private TokenIssuer tokens = TokenIssuer.none();
        private ClientSetups clientSetups = ClientSetups.none();
        private Optional<VersionDetailsService> versionDetails = Optional.empty();

        private Builder(DomainService domains, RepositoryService repositories, PackageService packages,
                        VersionService versions, Path dataDirectory, String accountId) {
            this.domains = domains;
            this.repositories = repositories;
            this.packages = packages;
            this.versions = versions;
            this.dataDirectory = dataDirectory;
            this.accountId = accountId;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder tasks(TaskFeed tasks) {
            this.tasks = tasks;
            return this;
        }

        public Builder serverUrl(Feed<Optional<String>> serverUrl) {
            this.serverUrl = serverUrl;
            return this;
        }

        public Builder connectionHealth(Feed<Optional<ConnectionHealthSummary>> connectionHealth) {
            this.connectionHealth = connectionHealth;
            return this;
        }

        public Builder timingProfile(Supplier<String> timingProfile) {
            this.timingProfile = timingProfile;
            return this;
        }

        public Builder startDemo(Optional<Runnable> startDemo) {
            this.startDemo = startDemo;
            return this;
        }

        public Builder connections(ConnectionsFeed connections) {
            this.connections = connections;
            return this;
        }

        public Builder metadata(UpstreamMetadata metadata) {
            this.metadata = metadata;
            return this;
        }

        public Builder demo(Supplier<Optional<DemoControls>> demo) {
            this.demo = demo;
            return this;
        }

        public Builder fetcher(PackageFetcher fetcher) {
            this.fetcher = fetcher;
            return this;
        }

        public Builder listings(DomainListings listings) {
            this.listings = listings;
            return this;
        }

        public Builder tokens(TokenIssuer tokens) {
            this.tokens = tokens;
            return this;
        }

        public Builder clientSetups(ClientSetups clientSetups) {
            this.clientSetups = clientSetups;
            return this;
        }

        public Builder versionDetails(VersionDetailsService versionDetails) {
            return versionDetails(Optional.of(versionDetails));
        }

        public Builder versionDetails(Optional<VersionDetailsService> versionDetails) {
            this.versionDetails = versionDetails;
            return this;
        }

        public ConsoleContext build() {
            return new ConsoleContext(domains, repositories, packages, versions, dataDirectory, accountId, clock, tasks,
                    serverUrl, connectionHealth, timingProfile, startDemo, connections, metadata, demo, fetcher, listings,
                    tokens, clientSetups, versionDetails);
        }
    }

    /** Export and import of topology files, on the same domain and repository services. */
    public TopologyService topology() {
        return new TopologyService(domains, repositories, Quotas.CODEARTIFACT);
    }
}
