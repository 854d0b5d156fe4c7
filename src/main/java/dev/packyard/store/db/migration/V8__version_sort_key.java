package dev.packyard.store.db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds the natural sort key of every version (1.9.0 before 1.10.0), computed in Java for the rows already there.
 *
 * <p>Frozen: a migration must write the same thing whenever it runs, so the key function of that release is kept
 * here as it was and calls nothing that may change. (It put {@code 1.9.0} before {@code 1.9.0-beta.2}; V10_60 replaces
 * every key by the format's own order.) It lived in package {@code db.migration} until V10_60; Flyway records it by
 * version, so data directories that ran it there open unchanged.
 */
public class V8__version_sort_key extends BaseJavaMigration {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final int WIDTH = 12;
    private static final int MAX_LENGTH = 1000;

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
                update.setString(1, naturalKey(rs.getString(2)));
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

    /** Every run of digits padded to twelve places, so numbers compare by value; the rest as it stands. */
    static String naturalKey(String version) {
        Matcher m = DIGITS.matcher(version);
        StringBuilder key = new StringBuilder();
        int last = 0;
        while (m.find()) {
            key.append(version, last, m.start());
            String digits = m.group().replaceFirst("^0+(?=\\d)", "");
            // Numbers too long to pad still sort after every padded one: their width prefix is larger.
            key.append(digits.length() <= WIDTH ? "0".repeat(WIDTH - digits.length()) + digits : "~" + digits);
            last = m.end();
        }
        key.append(version.substring(last));
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key.toString();
    }
}
