package dev.packyard.store.db;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the catalogue's SQL must differ between the embedded H2 database and PostgreSQL: the rest of the JDBC code is
 * shared. Each dialect also names its Flyway migration folder beside the common one.
 */
public enum SqlDialect {
    H2("db/h2") {
        @Override
        public String upsert(String table, List<String> columns, List<String> keyColumns) {
            return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", keyColumns)
                    + ") VALUES (" + placeholders(columns) + ")";
        }

        @Override
        public String useIndex(String index) {
            return " USE INDEX (" + index + ")";
        }
    },
    POSTGRESQL("db/postgresql") {
        @Override
        public String upsert(String table, List<String> columns, List<String> keyColumns) {
            String updates = columns.stream().filter(c -> !keyColumns.contains(c))
                    .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
            return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + placeholders(columns)
                    + ") ON CONFLICT (" + String.join(", ", keyColumns) + ") DO "
                    + (updates.isEmpty() ? "NOTHING" : "UPDATE SET " + updates);
        }

        /** PostgreSQL's planner picks the index from statistics; there is no hint syntax. */
        @Override
        public String useIndex(String index) {
            return "";
        }
    };

    /** The migrations every database runs (later branches add theirs here when the SQL is portable). */
    static final String COMMON_MIGRATIONS = "db/migration";
    static final String JAVA_MIGRATIONS = "dev/packyard/store/db/migration";

    private final String vendorMigrations;

    SqlDialect(String vendorMigrations) {
        this.vendorMigrations = vendorMigrations;
    }

    /** Inserts a row, or replaces the non-key columns of the row with the same key; one {@code ?} per column. */
    public abstract String upsert(String table, List<String> columns, List<String> keyColumns);

    /** A hint after a table reference asking for the named index, where the database takes such hints. */
    public abstract String useIndex(String index);

    /** Flyway locations: the shared SQL, this database's own SQL, and the Java migrations. */
    public String[] migrationLocations() {
        return new String[] {"classpath:" + COMMON_MIGRATIONS, "classpath:" + vendorMigrations, "classpath:" + JAVA_MIGRATIONS};
    }

    private static String placeholders(List<String> columns) {
        return columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    }
}
