package dev.packyard.store.metadata;

import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.service.persistence.MetadataCacheStore;
import dev.packyard.store.db.Jdbc;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The metadata cache in H2: one row per listing, and its document's pieces deflate-compressed in
 * {@code upstream_document_piece} (JDK deflate at its fastest level: a 40 MB packument is stored in well under a
 * second, and packuments shrink to a fraction of their size).
 */
public final class JdbcMetadataCacheStore implements MetadataCacheStore {
    private static final String COLUMNS = "domain_owner, domain_name, connection_name, format, namespace, name, listing_json, "
            + "fetched_ms, expires_ms, revalidated_ms, last_result, last_result_detail, stale_since_ms, upstream_versions, "
            + "retained_versions";
    private static final List<String> LISTING_KEY = List.of("domain_owner", "domain_name", "connection_name", "format",
            "namespace", "name");
    private static final List<String> PIECE_KEY = List.of("domain_owner", "domain_name", "connection_name", "format",
            "namespace", "name", "piece");
    private static final List<String> PIECE_COLUMNS = List.of("domain_owner", "domain_name", "connection_name", "format",
            "namespace", "name", "piece", "sha256", "body");
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
    public void save(Entry e, Map<String, Piece> changedPieces, Set<String> removedPieces) {
        Object[] key = key(e.domain(), e.connectionName(), e.coordinate());
        jdbc.inTransaction(c -> {
            jdbc.update(c, jdbc.dialect().upsert("upstream_metadata", List.of(COLUMNS.split(",\\s*")), LISTING_KEY),
                    key[0], key[1], key[2], key[3], key[4], key[5], e.listingJson(), e.fetchedAt().toEpochMilli(),
                    e.expiresAt().toEpochMilli(), millis(e.lastRevalidatedAt()), e.lastResult(), detail(e.lastResultDetail()),
                    millis(e.servingStaleSince()), e.upstreamVersions(), e.retainedVersions());
            for (String name : removedPieces) {
                jdbc.update(c, "DELETE FROM upstream_document_piece WHERE " + KEY + " AND piece = ?", with(key, name));
            }
            for (Map.Entry<String, Piece> piece : changedPieces.entrySet()) {
                jdbc.update(c, jdbc.dialect().upsert("upstream_document_piece", PIECE_COLUMNS, PIECE_KEY),
                        key[0], key[1], key[2], key[3], key[4], key[5], piece.getKey(), piece.getValue().sha256(),
                        deflate(piece.getValue().bytes()));
            }
            return null;
        });
    }

    @Override
    public boolean updateState(Key key, State s) {
        Object[] where = key(key.domain(), key.connectionName(), key.coordinate());
        Object[] params = new Object[7 + where.length];
        Object[] values = {s.fetchedAt().toEpochMilli(), s.expiresAt().toEpochMilli(), millis(s.lastRevalidatedAt()), s.lastResult(),
                detail(s.lastResultDetail()), millis(s.servingStaleSince()), s.upstreamVersions()};
        System.arraycopy(values, 0, params, 0, values.length);
        System.arraycopy(where, 0, params, values.length, where.length);
        return jdbc.update("UPDATE upstream_metadata SET fetched_ms = ?, expires_ms = ?, revalidated_ms = ?, last_result = ?, "
                + "last_result_detail = ?, stale_since_ms = ?, upstream_versions = ? WHERE " + KEY, params) > 0;
    }

    @Override
    public Map<String, String> pieceHashes(Key key) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.query("SELECT piece, sha256 FROM upstream_document_piece WHERE " + KEY, rs -> out.put(rs.getString(1), rs.getString(2)),
                key(key.domain(), key.connectionName(), key.coordinate()));
        return out;
    }

    @Override
    public Optional<byte[]> piece(Key key, String name) {
        return jdbc.queryOne("SELECT body FROM upstream_document_piece WHERE " + KEY + " AND piece = ?",
                rs -> inflate(rs.getBytes(1)), with(key(key.domain(), key.connectionName(), key.coordinate()), name));
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
    public List<Key> listDueBy(Instant instant, Set<PackageFormat> formats, int limit) {
        if (formats.isEmpty()) {
            return List.of();
        }
        List<Object> params = new java.util.ArrayList<>();
        params.add(instant.toEpochMilli());
        formats.forEach(f -> params.add(f.wireName()));
        params.add(limit);
        String placeholders = String.join(", ", java.util.Collections.nCopies(formats.size(), "?"));
        return jdbc.query("SELECT domain_owner, domain_name, connection_name, format, namespace, name FROM upstream_metadata "
                        + "WHERE expires_ms <= ? AND format IN (" + placeholders + ") ORDER BY expires_ms LIMIT ?",
                rs -> new Key(new DomainId(rs.getString(1), rs.getString(2)), rs.getString(3), new PackageCoordinate(
                        format(rs.getString(4)), rs.getString(5), rs.getString(6))), params.toArray());
    }

    private static String detail(String detail) {
        return detail == null || detail.length() <= DETAIL_LIMIT ? detail : detail.substring(0, DETAIL_LIMIT);
    }

    private static Object[] with(Object[] key, Object last) {
        Object[] params = java.util.Arrays.copyOf(key, key.length + 1);
        params[key.length] = last;
        return params;
    }

    private static byte[] deflate(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream zip = new DeflaterOutputStream(out, deflater)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] stored) throws SQLException {
        try (InputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(stored))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SQLException("a stored document piece is not readable", e);
        }
    }

    private static PackageFormat format(String wireName) throws SQLException {
        return PackageFormat.fromWireName(wireName).orElseThrow(() -> new SQLException("unknown package format in upstream_metadata"));
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
        PackageFormat format = format(rs.getString("format"));
        return new Entry(new DomainId(rs.getString("domain_owner"), rs.getString("domain_name")), rs.getString("connection_name"),
                new PackageCoordinate(format, rs.getString("namespace"), rs.getString("name")), rs.getString("listing_json"),
                instant(rs, "fetched_ms"), instant(rs, "expires_ms"), instant(rs, "revalidated_ms"), rs.getString("last_result"),
                rs.getString("last_result_detail"), instant(rs, "stale_since_ms"), rs.getInt("upstream_versions"),
                rs.getInt("retained_versions"));
    }
}
