package dev.packyard.store.db;

import java.util.Optional;

/** Named settings kept in the database, such as the local account id. */
public final class JdbcSettings {
    private final Jdbc jdbc;

    public JdbcSettings(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String name) {
        return jdbc.queryOne("SELECT setting_value FROM setting WHERE name = ?", rs -> rs.getString(1), name);
    }

    public void put(String name, String value) {
        jdbc.update("MERGE INTO setting (name, setting_value) KEY (name) VALUES (?, ?)", name, value);
    }
}
