package db.migration;

import dev.packyard.store.catalog.VersionSortKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Adds the natural sort key of every version (1.9.0 before 1.10.0), computed in Java for the rows already there. */
public class V8__version_sort_key extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE package_version ADD COLUMN version_sort VARCHAR(1000)");
        }
        try (Statement select = c.createStatement();
             ResultSet rs = select.executeQuery("SELECT id, version FROM package_version");
             PreparedStatement update = c.prepareStatement("UPDATE package_version SET version_sort = ? WHERE id = ?")) {
            int batch = 0;
            while (rs.next()) {
                update.setString(1, VersionSortKey.of(rs.getString(2)));
                update.setLong(2, rs.getLong(1));
                update.addBatch();
                if (++batch % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE package_version ALTER COLUMN version_sort SET NOT NULL");
            s.execute("CREATE INDEX version_by_sort_key ON package_version (package_id, version_sort, version)");
        }
    }
}
