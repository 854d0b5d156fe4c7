package dev.packyard.store.settings;

import java.util.Locale;

/** The catalogue's database: the embedded H2 file in the data directory, or a PostgreSQL server. */
public sealed interface DatabaseLocation {
    /** H2 in the data directory's {@code db} folder (the desktop default). */
    record Embedded() implements DatabaseLocation {
    }

    /** A PostgreSQL database reached by JDBC; the password never appears in {@link #toString()}. */
    record PostgreSql(String jdbcUrl, String user, String password) implements DatabaseLocation {
        public PostgreSql {
            if (jdbcUrl == null || !jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql://")) {
                throw new IllegalArgumentException("'" + jdbcUrl + "' is not a PostgreSQL JDBC URL; use "
                        + "jdbc:postgresql://HOST[:PORT]/DATABASE");
            }
            if (jdbcUrl.toLowerCase(Locale.ROOT).contains("password=")) {
                throw new IllegalArgumentException("put the database password in --database-password-file or "
                        + "PACKYARD_DATABASE_PASSWORD, not in the URL");
            }
        }

        @Override
        public String toString() {
            return "PostgreSql[" + jdbcUrl + ", user " + user + (password == null ? ", no password" : ", password set") + "]";
        }
    }
}
