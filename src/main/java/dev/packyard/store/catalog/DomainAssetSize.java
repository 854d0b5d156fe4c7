package dev.packyard.store.catalog;

import dev.packyard.model.Asset;
import dev.packyard.model.DomainId;
import dev.packyard.store.db.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * Keeps {@code domain.asset_size_bytes} (V9) equal to the sum of the sizes of the distinct (sha256, size) contents the
 * domain's asset records point at, inside the transaction that adds or removes the records. Each change first locks
 * the domain's row, so two transactions changing assets of one domain cannot both count the same content as new or
 * as gone.
 */
final class DomainAssetSize {
    /** The asset records of a domain, to ask whether a content is still (or already) in it. */
    private static final String DOMAIN_ASSETS = "FROM asset a2 JOIN package_version v2 ON v2.id = a2.version_id "
            + "JOIN package p2 ON p2.id = v2.package_id JOIN repository r2 ON r2.id = p2.repository_id "
            + "WHERE a2.sha256 = ? AND a2.size = ? AND r2.domain_owner = ? AND r2.domain_name = ?";

    /** A set of asset records about to be removed: one version's, one package's or one repository's. */
    enum Scope {
        VERSION("a.version_id", "a2.version_id"),
        PACKAGE("v.package_id", "v2.package_id"),
        REPOSITORY("p.repository_id", "p2.repository_id");

        private final String column;
        private final String otherColumn;

        Scope(String column, String otherColumn) {
            this.column = column;
            this.otherColumn = otherColumn;
        }
    }

    private final Jdbc jdbc;

    DomainAssetSize(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for other transactions changing the domain's assets; holds the domain's row until this one ends. */
    void lock(Connection c, DomainId domain) throws SQLException {
        jdbc.query(c, "SELECT asset_size_bytes FROM domain WHERE owner = ? AND name = ? FOR UPDATE", rs -> null,
                domain.owner(), domain.name());
    }

    /** Bytes the domain gains when these records are added: their contents it does not hold yet, each once. */
    long bytesNew(Connection c, DomainId domain, List<Asset> assets) throws SQLException {
        Map<String, Long> contents = new LinkedHashMap<>();
        assets.forEach(a -> contents.put(a.sha256() + "/" + a.size(), a.size()));
        long added = 0;
        for (Asset a : assets) {
            if (contents.remove(a.sha256() + "/" + a.size()) != null && !held(c, domain, a.sha256(), a.size())) {
                added += a.size();
            }
        }
        return added;
    }

    private boolean held(Connection c, DomainId domain, String sha256, long size) throws SQLException {
        return !jdbc.query(c, "SELECT 1 " + DOMAIN_ASSETS + " LIMIT 1", rs -> true, sha256, size, domain.owner(),
                domain.name()).isEmpty();
    }

    /**
     * Bytes the domain loses when the records in {@code scope} {@code id} are removed: their contents no record of the
     * domain outside that set points at, each once. Asked before the records go.
     */
    long bytesReleased(Connection c, DomainId domain, Scope scope, long id) throws SQLException {
        return jdbc.query(c, "SELECT COALESCE(SUM(d.size), 0) FROM (SELECT DISTINCT a.sha256, a.size FROM asset a "
                        + "JOIN package_version v ON v.id = a.version_id JOIN package p ON p.id = v.package_id "
                        + "WHERE " + scope.column + " = ?) d WHERE NOT EXISTS (SELECT 1 "
                        + DOMAIN_ASSETS.replace("a2.sha256 = ? AND a2.size = ?", "a2.sha256 = d.sha256 AND a2.size = d.size")
                        + " AND " + scope.otherColumn + " <> ?)",
                rs -> rs.getLong(1), id, domain.owner(), domain.name(), id).get(0);
    }

    void add(Connection c, DomainId domain, long bytes) throws SQLException {
        if (bytes != 0) {
            jdbc.update(c, "UPDATE domain SET asset_size_bytes = asset_size_bytes + ? WHERE owner = ? AND name = ?", bytes,
                    domain.owner(), domain.name());
        }
    }
}
