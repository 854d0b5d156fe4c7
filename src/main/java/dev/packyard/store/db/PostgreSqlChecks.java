package dev.packyard.store.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;

/** What a PostgreSQL database must offer before Packyard migrates it. */
final class PostgreSqlChecks {
    /** Collations that compare text byte by byte (code point order for UTF-8), as H2 does. */
    private static final Set<String> BYTE_ORDER = Set.of("C", "POSIX", "C.UTF-8", "C.utf8");

    private PostgreSqlChecks() {
    }

    /**
     * Listings and their pagination tokens are ordered by name; under a language's collation "a-b" and "ab" or upper
     * and lower case sort differently than on H2 and than the tokens already handed out, so the database must be
     * created with byte order.
     */
    static void requireByteOrderCollation(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT datcollate, current_database() FROM pg_database WHERE datname = current_database()")) {
            rs.next();
            String collation = rs.getString(1);
            if (!BYTE_ORDER.contains(collation)) {
                throw new StoreException("The PostgreSQL database " + rs.getString(2) + " sorts text by the locale "
                        + collation + "; Packyard needs byte order: create it with "
                        + "createdb --locale=C --encoding=UTF8 --template=template0", null);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }
}
