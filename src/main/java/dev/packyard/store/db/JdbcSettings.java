package dev.packyard.store.db;

import java.util.List;
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
        jdbc.update(jdbc.dialect().upsert("setting", List.of("name", "setting_value"), List.of("name")), name, value);
    }
}
