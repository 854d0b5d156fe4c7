package dev.packyard.app;

import dev.packyard.model.TaskKind;
import dev.packyard.service.CatalogLock;
import dev.packyard.service.account.LocalAccount;
import dev.packyard.service.account.Quotas;
import dev.packyard.service.domains.DomainService;
import dev.packyard.service.endpoints.RepositoryEndpoints;
import dev.packyard.service.health.ReadinessCheck;
import dev.packyard.service.content.AssetCleaner;
import dev.packyard.service.packages.AssetReader;
import dev.packyard.service.packages.GenericPublisher;
import dev.packyard.service.packages.PackageLocator;
import dev.packyard.service.packages.PackageService;
import dev.packyard.service.packages.PublishExceptions;
import dev.packyard.service.packages.VersionCopier;
import dev.packyard.service.packages.VersionService;
import dev.packyard.service.packages.DistTagService;
import dev.packyard.service.persistence.ManifestStore;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.service.policies.PolicyService;
import dev.packyard.service.repositories.RepositoryService;
import dev.packyard.service.resolution.UpstreamResolver;
import dev.packyard.service.resources.ResourceArns;
import dev.packyard.service.tags.TagService;
import dev.packyard.service.tokens.TokenService;
import dev.packyard.service.visibility.PendingPersistence;
import dev.packyard.service.visibility.VisibilityService;
import dev.packyard.service.persistence.BlobStore;
import dev.packyard.store.blobs.BlobStores;
import dev.packyard.store.catalog.JdbcDomainStore;
import dev.packyard.store.catalog.JdbcManifestStore;
import dev.packyard.store.catalog.JdbcDistTagStore;
import dev.packyard.store.catalog.JdbcPackageStore;
import dev.packyard.store.catalog.JdbcPolicyStore;
import dev.packyard.store.catalog.JdbcPublishExceptionStore;
import dev.packyard.store.catalog.JdbcRepositoryStore;
import dev.packyard.store.catalog.JdbcTagStore;
import dev.packyard.store.catalog.JdbcTokenStore;
import dev.packyard.store.datadir.DataDirectory;
import dev.packyard.store.datadir.DataDirectoryException;
import dev.packyard.store.db.Database;
import dev.packyard.store.db.Jdbc;
import dev.packyard.store.db.JdbcSettings;
import dev.packyard.store.db.StoreException;
import dev.packyard.store.metadata.JdbcMetadataCacheStore;
import dev.packyard.store.settings.StorageSettings;
import dev.packyard.store.tasks.JdbcTaskStore;
import dev.packyard.tasks.DelayScheduler;
import dev.packyard.tasks.ExecutorDelayScheduler;
import dev.packyard.tasks.RetryableException;
import dev.packyard.tasks.TaskQueue;
import dev.packyard.tasks.TaskQueueSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The service core wired onto one data directory: its lock, the H2 database, the blob store and the services.
 * Both the console and {@code serve} run on one of these.
 */
public final class Backend implements AutoCloseable {
    private static final String ACCOUNT_SETTING = "account-id";
    /** CodeArtifact's typical delay before a fetched version is listed; the timing profile decides it when running. */
    public static final Duration DEFAULT_PERSISTENCE_LATENCY = Duration.ofMinutes(3);

    private final DataDirectory dataDirectory;
    private final Database database;
    private final BlobStore blobs;
    private final LocalAccount account;
    private final Clock clock;
    private final DomainService domains;
    private final RepositoryService repositories;
    private final PackageService packages;
    private final VersionService versions;
    private final PackageLocator locator;
    private final UpstreamResolver resolver;
    private final PackageStore packageStore;
    private final DelayScheduler scheduler;
    private final boolean ownsScheduler;
    private final TaskQueue tasks;
    private final VisibilityService visibility;
    private final JdbcMetadataCacheStore metadataCache;
    private final TokenService tokens;
    private final TagService tags;
    private final PolicyService policies;
    private final RepositoryEndpoints endpoints;
    private final AssetReader assets;
    private final GenericPublisher publisher;
    private final VersionCopier copier;
    private final ManifestStore manifests;
    private final PublishExceptions publishExceptions;
    private final DistTagService distTags;

    private Backend(DataDirectory dataDirectory, Database database, BlobStore blobs, String region, Clock clock,
                    DelayScheduler givenScheduler, Supplier<Duration> persistenceLatency) {
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.blobs = blobs;
        this.clock = clock;
        Jdbc jdbc = new Jdbc(database);
        this.account = new LocalAccount(accountId(new JdbcSettings(jdbc)), region);
        Quotas quotas = Quotas.CODEARTIFACT;
        CatalogLock lock = new CatalogLock();
        JdbcDomainStore domainStore = new JdbcDomainStore(jdbc);
        JdbcRepositoryStore repositoryStore = new JdbcRepositoryStore(jdbc);
        this.packageStore = new JdbcPackageStore(jdbc);
        this.domains = new DomainService(domainStore, repositoryStore, account, quotas, clock, lock);
        AssetCleaner cleaner = new AssetCleaner(packageStore, blobs);
        this.repositories = new RepositoryService(repositoryStore, packageStore, cleaner, domains, account, quotas, clock, lock);
        this.locator = new PackageLocator(repositories, packageStore);
        this.packages = new PackageService(repositories, packageStore, locator, cleaner, lock);
        this.resolver = new UpstreamResolver(repositoryStore, packageStore, quotas);
        this.distTags = new DistTagService(new JdbcDistTagStore(jdbc), packageStore, resolver);
        this.versions = new VersionService(packageStore, distTags, locator, cleaner, quotas, lock);
        this.ownsScheduler = givenScheduler == null;
        this.scheduler = ownsScheduler ? new ExecutorDelayScheduler(clock, 1.0) : givenScheduler;
        this.tasks = new TaskQueue(TaskQueueSettings.DEFAULT, clock, scheduler, new JdbcTaskStore(jdbc));
        this.visibility = new VisibilityService(packages, repositories, tasks, clock, persistenceLatency);
        tasks.registerDurable(TaskKind.PERSIST, PendingPersistence.class, (pending, context) -> {
            try {
                return visibility.persist(pending);
            } catch (StoreException e) {
                // A database hiccup must not lose a version the user was promised: try again later.
                throw new RetryableException(e.getMessage(), e);
            }
        });
        tasks.start();
        this.metadataCache = new JdbcMetadataCacheStore(jdbc);
        this.tokens = new TokenService(new JdbcTokenStore(jdbc), domains, clock);
        this.tags = new TagService(new JdbcTagStore(jdbc), new ResourceArns(domains, repositories, account), account, lock);
        this.policies = new PolicyService(new JdbcPolicyStore(jdbc), domains, repositories, account, lock);
        this.endpoints = new RepositoryEndpoints(repositories);
        this.assets = new AssetReader(locator, packageStore, blobs);
        this.publisher = new GenericPublisher(repositories, packages, packageStore, blobs, cleaner, resolver, lock, clock);
        this.copier = new VersionCopier(repositories, versions, resolver);
        this.manifests = new JdbcManifestStore(jdbc);
        this.publishExceptions = new PublishExceptions(new JdbcPublishExceptionStore(jdbc), domains, clock);
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
        return open(dataDir, StorageSettings.embedded(), region, clock, scheduler, persistenceLatency);
    }

    /**
     * As above, with the catalogue and the blobs where {@code storage} says (PostgreSQL, an S3 bucket); the data
     * directory still holds the lock and the spool.
     */
    public static Backend open(Path dataDir, StorageSettings storage, String region, Clock clock, DelayScheduler scheduler,
                               Supplier<Duration> persistenceLatency) {
        DataDirectory dir = DataDirectory.open(dataDir);
        Database database = null;
        BlobStore blobs = null;
        try {
            database = Database.open(storage.database(), dir.databaseDirectory());
            blobs = BlobStores.open(storage.blobs(), dir.blobDirectory(), dir.spoolDirectory());
            return new Backend(dir, database, blobs, region, clock, scheduler, persistenceLatency);
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
        return database.fileBytes();
    }

    public DomainService domains() {
        return domains;
    }

    public RepositoryService repositories() {
        return repositories;
    }

    public PackageService packages() {
        return packages;
    }

    public VersionService versions() {
        return versions;
    }

    public PackageLocator locator() {
        return locator;
    }

    public UpstreamResolver resolver() {
        return resolver;
    }

    /** The package records themselves, for the fetch engine that walks them along resolution plans. */
    public PackageStore packageStore() {
        return packageStore;
    }

    public TokenService tokens() {
        return tokens;
    }

    public TagService tags() {
        return tags;
    }

    public PolicyService policies() {
        return policies;
    }

    public RepositoryEndpoints endpoints() {
        return endpoints;
    }

    public AssetReader assets() {
        return assets;
    }

    public GenericPublisher publisher() {
        return publisher;
    }

    public VersionCopier copier() {
        return copier;
    }

    /** npm dist-tags kept per repository. */
    public DistTagService distTags() {
        return distTags;
    }

    /** The manifests package managers published with their versions. */
    public ManifestStore manifests() {
        return manifests;
    }

    /** The publishes let through while a public registry could not be asked. */
    public PublishExceptions publishExceptions() {
        return publishExceptions;
    }

    /** What the health probe asks before calling this node ready: the catalogue's database and the blob store. */
    public List<ReadinessCheck> readinessChecks() {
        return List.of(new StorageCheck("database", database::problem), new StorageCheck("blobs", blobs::problem));
    }

    private record StorageCheck(String name, Supplier<Optional<String>> probe) implements ReadinessCheck {
        @Override
        public Optional<String> problem() {
            return probe.get();
        }
    }

    public BlobStore blobs() {
        return blobs;
    }

    /** The persisted per-domain cache of upstream package listings. */
    public JdbcMetadataCacheStore metadataCache() {
        return metadataCache;
    }

    public TaskQueue tasks() {
        return tasks;
    }

    public VisibilityService visibility() {
        return visibility;
    }

    /** Stops the tasks first (durable ones stay stored and resume at the next open), then the database. */
    @Override
    public void close() {
        tasks.close();
        if (ownsScheduler) {
            scheduler.close();
        }
        closeQuietly(blobs);
        database.close();
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
