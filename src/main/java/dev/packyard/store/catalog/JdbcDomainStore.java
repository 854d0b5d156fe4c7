package dev.packyard.store.catalog;

import dev.packyard.model.Domain;
import dev.packyard.model.DomainId;
import dev.packyard.model.DomainStatus;
import dev.packyard.service.persistence.DomainStore;
import dev.packyard.store.db.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class JdbcDomainStore implements DomainStore {
    private static final String COLUMNS = "owner, name, created_ms, encryption_key, status";
    private final Jdbc jdbc;

    public JdbcDomainStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Domain d) {
        jdbc.update("INSERT INTO domain (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)",
                d.owner(), d.name(), d.createdTime().toEpochMilli(), d.encryptionKey(), d.status().name());
    }

    @Override
    public Optional<Domain> find(DomainId id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM domain WHERE owner = ? AND name = ?", JdbcDomainStore::map,
                id.owner(), id.name());
    }

    @Override
    public List<Domain> list(Key after, int limit) {
        if (after == null) {
            return jdbc.query("SELECT " + COLUMNS + " FROM domain ORDER BY name, owner LIMIT ?", JdbcDomainStore::map, limit);
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM domain WHERE (name, owner) > (?, ?) ORDER BY name, owner LIMIT ?",
                JdbcDomainStore::map, after.name(), after.owner(), limit);
    }

    @Override
    public int countOwnedBy(String owner) {
        return jdbc.queryOne("SELECT COUNT(*) FROM domain WHERE owner = ?", rs -> rs.getInt(1), owner).orElse(0);
    }

    @Override
    public void delete(DomainId id) {
        jdbc.update("DELETE FROM domain WHERE owner = ? AND name = ?", id.owner(), id.name());
    }

    @Override
    public long assetSizeBytes(DomainId id) {
        // Kept current by the stores that add and remove asset records (DomainAssetSize, V9).
        return jdbc.queryOne("SELECT asset_size_bytes FROM domain WHERE owner = ? AND name = ?", rs -> rs.getLong(1),
                id.owner(), id.name()).orElse(0L);
    }

    private static Domain map(ResultSet rs) throws SQLException {
        return new Domain(rs.getString("name"), rs.getString("owner"), Instant.ofEpochMilli(rs.getLong("created_ms")),
                rs.getString("encryption_key"), DomainStatus.valueOf(rs.getString("status")));
    }
}
