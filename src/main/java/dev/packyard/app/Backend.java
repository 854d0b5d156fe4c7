package dev.packyard.app;

import dev.packyard.application.publish.PublicRegistryCheck;
import dev.packyard.application.publish.PublishPipeline;
import dev.packyard.application.publish.UploadSpool;
import dev.packyard.service.account.LocalAccount;
import dev.packyard.service.account.Quotas;
import dev.packyard.service.domains.DomainService;
import dev.packyard.service.events.PackageEvents;
import dev.packyard.service.events.Webhooks;
import dev.packyard.service.groups.GroupOriginCheck;
import dev.packyard.service.groups.PackageGroupService;
import dev.packyard.service.endpoints.RepositoryEndpoints;
import dev.packyard.service.packages.AssetReader;
import dev.packyard.service.details.VersionDetailsService;
import dev.packyard.service.packages.DistTagService;
import dev.packyard.service.packages.PackageLocator;
import dev.packyard.service.packages.PackageService;
import dev.packyard.service.packages.PublishExceptions;
import dev.packyard.service.packages.VersionCopier;
import dev.packyard.service.packages.VersionService;
import dev.packyard.service.persistence.ManifestStore;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.policies.PolicyService;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.service.resolution.UpstreamResolver;
import dev.packyard.service.tags.TagService;
import dev.packyard.service.tokens.TokenService;
import dev.packyard.service.visibility.VisibilityService;
import dev.packyard.service.health.ReadinessCheck;
import dev.packyard.service.persistence.BlobStore;
import dev.packyard.store.blobs.BlobStores;
import dev.packyard.store.settings.StorageSettings;
import dev.packyard.store.datadir.DataDirectory;
import dev.packyard.store.datadir.DataDirectoryException;
import dev.packyard.store.db.Database;
import dev.packyard.store.db.JdbcSettings;
import dev.packyard.store.metadata.JdbcMetadataCacheStore;
import dev.packyard.tasks.DelayScheduler;
import dev.packyard.tasks.TaskQueue;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The service core wired onto one data directory: its lock, then the parts feature by feature (storage, catalogue,
 * tasks, publishing), and the task queue started last. Both the console and {@code serve} run on one of these.
 */
public final class Backend implements AutoCloseable {
    private static final String ACCOUNT_SETTING = "account-id";
    /** CodeArtifact's typical delay before a fetched version is listed; the timing profile decides it when running. */
    public static final Duration DEFAULT_PERSISTENCE_LATENCY = Duration.ofMinutes(3);

    /**
     * What a backend is opened with.
     *
     * @param scheduler          the timer for delayed tasks (tests pass one driven by their clock); empty for the real one
     * @param persistenceLatency read at each fetch (a running Packyard's {@code LiveTiming})
     * @param storage            where the catalogue and the blobs live (embedded in the data directory by default)
     */
    public record Options(Path dataDirectory, String region, Clock clock, Optional<DelayScheduler> scheduler,
                          Supplier<Duration> persistenceLatency, StorageSettings storage) {
        /** With the embedded H2 catalogue and the blob folder in the data directory. */
        public Options(Path dataDirectory, String region, Clock clock, Optional<DelayScheduler> scheduler,
                       Supplier<Duration> persistenceLatency) {
            this(dataDirectory, region, clock, scheduler, persistenceLatency, StorageSettings.embedded());
        }

        public Options {
            Objects.requireNonNull(storage, "storage");
            Objects.requireNonNull(dataDirectory, "dataDirectory");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(scheduler, "scheduler");
            Objects.requireNonNull(persistenceLatency, "persistenceLatency");
        }
    }

    private final DataDirectory dataDirectory;
    private final LocalAccount account;
    private final Clock clock;
    private final StorageWiring storage;
    private final CatalogWiring catalog;
    private final TaskWiring tasks;
    private final PublishWiring publish;
    private final EventDelivery eventDelivery;

    private Backend(DataDirectory dataDirectory, StorageWiring storage, Options options) {
        this.dataDirectory = dataDirectory;
        this.storage = storage;
        this.clock = options.clock();
        this.account = new LocalAccount(accountId(storage.settings), options.region());
        this.catalog = new CatalogWiring(storage, account, Quotas.CODEARTIFACT, clock);
        this.tasks = new TaskWiring(storage, catalog, clock, options.scheduler(), options.persistenceLatency());
        this.eventDelivery = new EventDelivery(storage, catalog, tasks.scheduler, clock);
        try {
            this.publish = new PublishWiring(storage, catalog, dataDirectory.root().resolve("uploads"), clock);
            // Last, so that a part that failed to build above leaves no queue running behind the failed open.
            tasks.start();
        } catch (RuntimeException e) {
            tasks.close();
            throw e;
        }
    }

    /** Opens the data directory (failing with a one-line {@link DataDirectoryException} if another process holds it). */
    public static Backend open(Path dataDir, String region, Clock clock) {
        return open(dataDir, region, clock, null);
    }

    /**
     * Opens the data directory with the given timer for delayed tasks (tests pass one driven by their clock; null
     * for the real timer). Unfinished durable tasks of the previous run resume.
     */
    public static Backend open(Path dataDir, String region, Clock clock, DelayScheduler scheduler) {
        return open(dataDir, region, clock, scheduler, DEFAULT_PERSISTENCE_LATENCY);
    }

    /** As above, with the delay before a fetched version becomes visible (the timing profile's, scaled). */
    public static Backend open(Path dataDir, String region, Clock clock, DelayScheduler scheduler, Duration persistenceLatency) {
        if (persistenceLatency.isNegative()) {
            throw new IllegalArgumentException("persistence latency must not be negative, was " + persistenceLatency);
        }
        return open(dataDir, region, clock, scheduler, () -> persistenceLatency);
    }

    /** As above, with the latency read at each fetch (a running Packyard's {@code LiveTiming}). */
    public static Backend open(Path dataDir, String region, Clock clock, DelayScheduler scheduler,
                               Supplier<Duration> persistenceLatency) {
        return open(new Options(dataDir, region, clock, Optional.ofNullable(scheduler), persistenceLatency));
    }

    /**
     * As above, with the catalogue and the blobs where {@code storage} says (PostgreSQL, an S3 bucket); the data
     * directory still holds the lock and the spool.
     */
    public static Backend open(Path dataDir, StorageSettings storage, String region, Clock clock, DelayScheduler scheduler,
                               Supplier<Duration> persistenceLatency) {
        return open(new Options(dataDir, region, clock, Optional.ofNullable(scheduler), persistenceLatency, storage));
    }

    /** Opens the data directory; unfinished durable tasks of the previous run resume. */
    public static Backend open(Options options) {
        DataDirectory dir = DataDirectory.open(options.dataDirectory());
        Database database = null;
        BlobStore blobs = null;
        try {
            database = Database.open(options.storage().database(), dir.databaseDirectory());
            blobs = BlobStores.open(options.storage().blobs(), dir.blobDirectory(), dir.spoolDirectory());
            return new Backend(dir, new StorageWiring(database, blobs), options);
        } catch (IOException | RuntimeException e) {
            closeQuietly(blobs);
            if (database != null) {
                database.close();
            }
            dir.close();
            if (e instanceof DataDirectoryException d) {
                throw d;
            }
            throw new DataDirectoryException("Cannot open data directory " + dir.root() + ": " + e.getMessage());
        }
    }

    public LocalAccount account() {
        return account;
    }

    public Clock clock() {
        return clock;
    }

    public Path dataDirectory() {
        return dataDirectory.root();
    }

    /** How big the database file is, with everything committed written out (for the benchmarks and the size checks). */
    public long databaseFileBytes() {
        return storage.database.fileBytes();
    }

    public DomainService domains() {
        return catalog.domains;
    }

    public RepositoryService repositories() {
        return catalog.repositories;
    }

    public PackageService packages() {
        return catalog.packages;
    }

    public VersionService versions() {
        return catalog.versions;
    }

    public PackageLocator locator() {
        return catalog.locator;
    }

    public UpstreamResolver resolver() {
        return catalog.resolver;
    }

    /** The package records themselves, for the fetch use case that walks them along resolution plans. */
    public PackageStore packageStore() {
        return catalog.packageStore;
    }

    /** The domains' webhooks, to which every package version event is delivered. */
    public Webhooks webhooks() {
        return eventDelivery.webhooks;
    }

    /** Package version state changes: the activity log and its subscribers. */
    public PackageEvents events() {
        return catalog.events;
    }

    public TokenService tokens() {
        return catalog.tokens;
    }

    public PackageGroupService packageGroups() {
        return catalog.packageGroups;
    }

    public GroupOriginCheck groupChecks() {
        return catalog.groupChecks;
    }

    public TagService tags() {
        return catalog.tags;
    }

    public PolicyService policies() {
        return catalog.policies;
    }

    public RepositoryEndpoints endpoints() {
        return catalog.endpoints;
    }

    public AssetReader assets() {
        return catalog.assets;
    }

    /**
     * The publish pipeline on this backend's stores and catalogue lock, asking the public registries through
     * {@code registry} (the fetch side's metadata cache).
     */
    public PublishPipeline publishPipeline(PublicRegistryCheck registry) {
        return publish.pipeline(registry);
    }

    /** Where uploads are received before they are published. */
    public UploadSpool uploads() {
        return publish.uploads;
    }

    public VersionCopier copier() {
        return catalog.copier;
    }

    /** npm dist-tags kept per repository. */
    public DistTagService distTags() {
        return catalog.distTags;
    }

    /** Summary, licenses, readme and dependencies of stored versions, read from their archives. */
    public VersionDetailsService versionDetails() {
        return catalog.versionDetails;
    }

    /** The manifests package managers published with their versions. */
    public ManifestStore manifests() {
        return publish.manifests;
    }

    /** The publishes let through while a public registry could not be asked. */
    public PublishExceptions publishExceptions() {
        return publish.publishExceptions;
    }

    public BlobStore blobs() {
        return storage.blobs;
    }

    /** What the health probe asks before calling this node ready: the catalogue's database and the blob store. */
    public List<ReadinessCheck> readinessChecks() {
        return List.of(new StorageCheck("database", storage.database::problem), new StorageCheck("blobs", storage.blobs::problem));
    }

    private record StorageCheck(String name, Supplier<Optional<String>> probe) implements ReadinessCheck {
        @Override
        public Optional<String> problem() {
            return probe.get();
        }
    }

    /** The persisted per-domain cache of upstream package listings. */
    public JdbcMetadataCacheStore metadataCache() {
        return storage.metadataCache;
    }

    public TaskQueue tasks() {
        return tasks.queue;
    }

    public VisibilityService visibility() {
        return tasks.visibility;
    }

    /** Stops the tasks first (durable ones stay stored and resume at the next open), then the database. */
    @Override
    public void close() {
        eventDelivery.close();
        tasks.close();
        closeQuietly(storage.blobs);
        storage.database.close();
        dataDirectory.close();
    }

    private static void closeQuietly(BlobStore blobs) {
        if (blobs instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Closing a client to a remote store loses nothing.
            }
        }
    }

    private static String accountId(JdbcSettings settings) {
        return settings.get(ACCOUNT_SETTING).orElseGet(() -> {
            SecureRandom random = new SecureRandom();
            StringBuilder id = new StringBuilder().append(1 + random.nextInt(9));
            for (int i = 1; i < 12; i++) {
                id.append(random.nextInt(10));
            }
            settings.put(ACCOUNT_SETTING, id.toString());
            return id.toString();
        });
    }
}
