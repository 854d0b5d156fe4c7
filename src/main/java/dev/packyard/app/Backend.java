package dev.packyard.app;

import dev.packyard.application.fetch.PackageFetchService;
import dev.packyard.server.ServerContext;
import dev.packyard.service.account.LocalAccount;
import dev.packyard.service.account.Quotas;
import dev.packyard.service.events.Webhooks;
import dev.packyard.service.health.ReadinessCheck;
import dev.packyard.service.persistence.BlobStore;
import dev.packyard.store.blobs.BlobStores;
import dev.packyard.store.settings.StorageSettings;
import dev.packyard.store.datadir.DataDirectory;
import dev.packyard.store.datadir.DataDirectoryException;
import dev.packyard.store.db.Database;
import dev.packyard.store.db.JdbcSettings;
import dev.packyard.tasks.DelayScheduler;
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
            eventDelivery.close();
            tasks.close();
            throw e;
        }
    }

    /**
     * Opens the data directory with the embedded catalogue, the real timer and CodeArtifact's persistence latency
     * (failing with a one-line {@link DataDirectoryException} if another process holds it).
     */
    public static Backend open(Path dataDir, String region, Clock clock) {
        return open(new Options(dataDir, region, clock, Optional.empty(), () -> DEFAULT_PERSISTENCE_LATENCY));
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

    /** The domains' webhooks, to which every package version event is delivered. */
    public Webhooks webhooks() {
        return eventDelivery.webhooks;
    }

    /** CodeArtifact's catalogue: domains, repositories, packages, versions and what hangs on them. */
    public CatalogWiring catalog() {
        return catalog;
    }

    /** The records and blobs the catalogue is kept in, for the fetch side and the size checks. */
    public StorageWiring storage() {
        return storage;
    }

    /** The background task queue and the persistence of fetched versions it runs. */
    public TaskWiring tasks() {
        return tasks;
    }

    /** The upload spool and the one publish pipeline every format goes through. */
    public PublishWiring publishing() {
        return publish;
    }

    /** What the HTTP server is handed: the catalogue, the package content, publishing and access, by feature. */
    ServerContext serverContext(PackageFetchService fetch) {
        return new ServerContext(catalog.api(eventDelivery.webhooks), catalog.content(fetch), publish.forServer(fetch.versionChecker()::check),
                catalog.access(), clock);
    }

    /** What the health probe asks before calling this node ready. */
    List<ReadinessCheck> readinessChecks() {
        return storage.readinessChecks();
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
