package dev.packyard.store.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.packyard.store.datadir.OwnerOnly;
import dev.packyard.store.settings.DatabaseLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The catalogue's database, embedded H2 or PostgreSQL, with its schema brought up to date by the same Flyway history
 * (shared migrations plus each database's own where the SQL differs, see {@link SqlDialect}).
 */
public final class Database implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 32;
    private final DataSource pool;
    private final SqlDialect dialect;
    private final Path file;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Database(String url, Path file) {
        this.file = file;
        JdbcConnectionPool h2 = JdbcConnectionPool.create(url, "packyard", "");
        h2.setMaxConnections(MAX_CONNECTIONS);
        this.pool = h2;
        this.dialect = SqlDialect.H2;
        migrate();
    }

    private Database(HikariDataSource pool) {
        this.file = null;
        this.pool = pool;
        this.dialect = SqlDialect.POSTGRESQL;
        try {
            PostgreSqlChecks.requireByteOrderCollation(pool);
            migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(pool)
                .locations(dialect.migrationLocations())
                .load()
                .migrate();
    }

    /** The database the settings name; the embedded one lives in {@code embeddedDirectory}. */
    public static Database open(DatabaseLocation location, Path embeddedDirectory) {
        if (location instanceof DatabaseLocation.PostgreSql pg) {
            return postgreSql(pg);
        }
        return file(embeddedDirectory);
    }

    /** A PostgreSQL database through a connection pool; fails with a one-line reason if it cannot be reached. */
    public static Database postgreSql(DatabaseLocation.PostgreSql location) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        config.setUsername(location.user());
        config.setPassword(location.password());
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setPoolName("packyard-catalogue");
        // A server that is not there fails the start within seconds, not after Hikari's default 30 s.
        config.setInitializationFailTimeout(10_000);
        config.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("Cannot connect to the database " + location.jdbcUrl() + ": " + rootMessage(e), e);
        }
        return new Database(pool);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /**
     * Each pooled session keeps its own cache of parsed and planned statements; H2's default of 8 is fewer than one
     * package request uses, so every request re-parsed and re-planned its queries. H2 appends every change and
     * reclaims space by compacting; at close it compacts for MAX_COMPACT_TIME (default 200 ms). Measured on H2 2.5.252
     * with a 40 MB packument synchronised three times: 63 MB live, 63 MB after a default close, 40 MB after a close
     * with 2 s, 31 MB after SHUTDOWN COMPACT (which has no time bound, so a large database could hold up a shutdown).
     */
    private static final String SESSION_SETTINGS = ";QUERY_CACHE_SIZE=256;MAX_COMPACT_TIME=2000";

    /** A database file in the given directory, which (like the files H2 makes in it) only its owner can read. */
    public static Database file(Path directory) {
        try {
            OwnerOnly.createDirectories(directory);
            OwnerOnly.restrict(directory);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot create the database directory " + directory + ": " + e.getMessage(), e);
        }
        Path base = directory.toAbsolutePath().resolve("packyard");
        Database database = new Database("jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE" + SESSION_SETTINGS,
                base.resolveSibling("packyard.mv.db"));
        try {
            // H2 creates its files with the process's default mask.
            OwnerOnly.restrictFilesIn(directory);
        } catch (IOException e) {
            database.close();
            throw new java.io.UncheckedIOException("Cannot make the database files in " + directory + " private: " + e.getMessage(), e);
        }
        return database;
    }

    /** An in-memory database, only for tests that say they need no file. */
    public static Database inMemory(String name) {
        return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + SESSION_SETTINGS, null);
    }

    /**
     * The size of the database file once what is committed has been written to it (0 for an in-memory database); on
     * PostgreSQL, the size of the whole database on the server's disk.
     */
    public long fileBytes() {
        if (dialect == SqlDialect.POSTGRESQL) {
            try (Connection c = pool.getConnection();
                 var rs = c.createStatement().executeQuery("SELECT pg_database_size(current_database())")) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
        if (file == null) {
            return 0;
        }
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("CHECKPOINT");
            return java.nio.file.Files.size(file);
        } catch (SQLException e) {
            throw new StoreException(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Why the database cannot be used right now (for the health probe), in one line; empty when it answers. */
    public Optional<String> problem() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2) ? Optional.empty() : Optional.of("the database does not answer");
        } catch (SQLException e) {
            return Optional.of("the database does not answer: " + e.getMessage());
        }
    }

    public SqlDialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        // Closing twice (a shutdown hook racing a normal close) must not fail: the pool refuses use once disposed.
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (pool instanceof HikariDataSource hikari) {
            hikari.close();
            return;
        }
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // Already closed.
        }
        ((JdbcConnectionPool) pool).dispose();
    }
}
