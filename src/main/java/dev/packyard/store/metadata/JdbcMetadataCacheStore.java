package dev.packyard.store.metadata;

import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.service.persistence.MetadataCacheStore;
import dev.packyard.store.db.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class JdbcMetadataCacheStore implements MetadataCacheStore {
    private static final String COLUMNS = "domain_owner, domain_name, connection_name, format, namespace, name, listing_json, "
            + "fetched_ms, expires_ms, revalidated_ms, last_result, last_result_detail, stale_since_ms, upstream_versions, "
            + "retained_versions";
    private static final String KEY = "domain_owner = ? AND domain_name = ? AND connection_name = ? AND format = ? "
            + "AND namespace = ? AND name = ?";
    private static final int DETAIL_LIMIT = 2000;

    private final Jdbc jdbc;

    public JdbcMetadataCacheStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Entry> find(DomainId domain, String connectionName, PackageCoordinate coordinate) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM upstream_metadata WHERE " + KEY, JdbcMetadataCacheStore::map,
                key(domain, connectionName, coordinate));
    }

    @Override
    public void save(Entry e) {
        String detail = e.lastResultDetail() == null || e.lastResultDetail().length() <= DETAIL_LIMIT
                ? e.lastResultDetail() : e.lastResultDetail().substring(0, DETAIL_LIMIT);
        jdbc.update("MERGE INTO upstream_metadata (" + COLUMNS + ") KEY (domain_owner, domain_name, connection_name, format, "
                        + "namespace, name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.domain().owner(), e.domain().name(), e.connectionName(), e.coordinate().format().wireName(),
                namespace(e.coordinate()), e.coordinate().name(), e.listingJson(), e.fetchedAt().toEpochMilli(),
                e.expiresAt().toEpochMilli(), millis(e.lastRevalidatedAt()), e.lastResult(), detail,
                millis(e.servingStaleSince()), e.upstreamVersions(), e.retainedVersions());
    }

    @Override
    public boolean updateRetainedCount(DomainId domain, String connectionName, PackageCoordinate coordinate, int retainedVersions) {
        Object[] key = key(domain, connectionName, coordinate);
        Object[] params = new Object[key.length + 1];
        params[0] = retainedVersions;
        System.arraycopy(key, 0, params, 1, key.length);
        return jdbc.update("UPDATE upstream_metadata SET retained_versions = ? WHERE " + KEY, params) > 0;
    }

    @Override
    public void delete(DomainId domain, String connectionName, PackageCoordinate coordinate) {
        jdbc.update("DELETE FROM upstream_metadata WHERE " + KEY, key(domain, connectionName, coordinate));
    }

    @Override
    public List<Entry> listInDomain(DomainId domain) {
        return jdbc.query("SELECT " + COLUMNS + " FROM upstream_metadata WHERE domain_owner = ? AND domain_name = ? "
                + "ORDER BY connection_name, format, namespace, name", JdbcMetadataCacheStore::map, domain.owner(), domain.name());
    }

    @Override
    public List<Entry> listExpiringBy(Instant instant, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM upstream_metadata WHERE expires_ms <= ? ORDER BY expires_ms LIMIT ?",
                JdbcMetadataCacheStore::map, instant.toEpochMilli(), limit);
    }

    private static Object[] key(DomainId domain, String connectionName, PackageCoordinate c) {
        return new Object[] {domain.owner(), domain.name(), connectionName, c.format().wireName(), namespace(c), c.name()};
    }

    private static String namespace(PackageCoordinate c) {
        return c.namespace() == null ? "" : c.namespace();
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    private static Entry map(ResultSet rs) throws SQLException {
        PackageFormat format = PackageFormat.fromWireName(rs.getString("format"))
                .orElseThrow(() -> new SQLException("unknown package format in upstream_metadata"));
        return new Entry(new DomainId(rs.getString("domain_owner"), rs.getString("domain_name")), rs.getString("connection_name"),
                new PackageCoordinate(format, rs.getString("namespace"), rs.getString("name")), rs.getString("listing_json"),
                instant(rs, "fetched_ms"), instant(rs, "expires_ms"), instant(rs, "revalidated_ms"), rs.getString("last_result"),
                rs.getString("last_result_detail"), instant(rs, "stale_since_ms"), rs.getInt("upstream_versions"),
                rs.getInt("retained_versions"));
    }
}
