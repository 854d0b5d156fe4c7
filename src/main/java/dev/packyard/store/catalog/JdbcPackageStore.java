package dev.packyard.store.catalog;

import dev.packyard.model.SharedJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.packyard.model.Asset;
import dev.packyard.model.DomainId;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.model.OriginRestrictions;
import dev.packyard.model.OriginType;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSearch;
import dev.packyard.model.PackageSearchHit;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.PackageVersion;
import dev.packyard.model.PackageVersionOrigin;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.model.RepositoryId;
import dev.packyard.model.Restriction;
import dev.packyard.model.VersionMetadata;
import dev.packyard.service.persistence.PackageStore;
import dev.packyard.store.db.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class JdbcPackageStore implements PackageStore {
    private static final ObjectMapper JSON = SharedJson.MAPPER;
    private static final String PACKAGE_COLUMNS = "p.id, p.format, p.namespace, p.name, p.publish, p.upstream";
    private static final String VERSION_COLUMNS = "v.version, v.revision, v.status, v.origin_type, v.origin_repository, "
            + "v.origin_connection, v.published_ms, v.display_name, v.summary, v.home_page, v.source_code_repository, v.licenses";
    private static final String PACKAGE_OF_REPOSITORY = "JOIN repository r ON r.id = p.repository_id "
            + "WHERE r.domain_owner = ? AND r.domain_name = ? AND r.name = ?";

    /** Up to this many packages matching a name prefix are read by name and sorted (a few milliseconds). */
    private static final int FEW_BY_NAME = 5_000;

    private final Jdbc jdbc;
    private final DomainAssetSize sizes;

    public JdbcPackageStore(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.sizes = new DomainAssetSize(jdbc);
    }

    @Override
    public Optional<PackageSummary> findPackage(RepositoryId repository, PackageCoordinate c) {
        return jdbc.queryOne("SELECT " + PACKAGE_COLUMNS + " FROM package p " + PACKAGE_OF_REPOSITORY
                        + " AND p.format = ? AND p.namespace = ? AND p.name = ?", rs -> mapPackage(repository, rs),
                repoParams(repository, c));
    }

    @Override
    public PackageSummary putPackage(RepositoryId repository, PackageCoordinate c, OriginRestrictions restrictions) {
        return jdbc.inTransaction(conn -> {
            Optional<Long> id = packageId(conn, repository, c);
            if (id.isPresent()) {
                jdbc.update(conn, "UPDATE package SET publish = ?, upstream = ? WHERE id = ?",
                        restrictions.publish().name(), restrictions.upstream().name(), id.get());
            } else {
                long repositoryId = JdbcRepositoryStore.idOf(conn, repository, jdbc);
                jdbc.update(conn, "INSERT INTO package (repository_id, format, namespace, name, publish, upstream) "
                                + "VALUES (?, ?, ?, ?, ?, ?)", repositoryId, c.format().wireName(), ns(c), c.name(),
                        restrictions.publish().name(), restrictions.upstream().name());
            }
            return new PackageSummary(repository, c, restrictions);
        });
    }

    @Override
    public void deletePackage(RepositoryId repository, PackageCoordinate c) {
        jdbc.inTransaction(conn -> {
            Optional<Long> id = packageId(conn, repository, c);
            if (id.isPresent()) {
                sizes.lock(conn, repository.domain());
                long released = sizes.bytesReleased(conn, repository.domain(), DomainAssetSize.Scope.PACKAGE, id.get());
                jdbc.update(conn, "DELETE FROM package WHERE id = ?", id.get());
                sizes.add(conn, repository.domain(), -released);
            }
            return null;
        });
    }

    /**
     * Keyset paging answered from the (repository_id, format, namespace, name) index in index order, so a page reads
     * about {@code limit} rows wherever it starts. H2 turns a row-value comparison such as
     * {@code (format, namespace, name) > (?, ?, ?)} into a range on the format alone and then reads, and sorts, every
     * package of the repository from there; so the rest of the listing is asked for as ranges that start exactly at the
     * key: the rest of the key's namespace, the rest of its format, then each later format (see docs/benchmarks.md).
     * The index is named in the query (V7): H2's planner otherwise picks the foreign key's index on repository_id alone.
     */
    @Override
    public List<PackageSummary> listPackages(RepositoryId repository, PackageFilter filter, PackageCoordinate after, int limit) {
        if (filter.packagePrefix() != null && countPackages(repository, filter) <= FEW_BY_NAME) {
            return listFewByName(repository, filter, after, limit);
        }
        List<PackageSummary> page = new ArrayList<>();
        for (KeyRange range : rangesAfter(filter, after)) {
            page.addAll(listRange(repository, filter, range, limit - page.size()));
            if (page.size() >= limit) {
                break;
            }
        }
        return page;
    }

    /**
     * A name prefix that few packages match (the console's filter as the user types it): they are read through the
     * (repository_id, name) index (V9) and sorted, rather than searched for along the whole listing order.
     */
    private List<PackageSummary> listFewByName(RepositoryId repository, PackageFilter filter, PackageCoordinate after, int limit) {
        List<Object> params = new ArrayList<>(List.of(repository.domain().owner(), repository.domain().name(), repository.name()));
        StringBuilder sql = new StringBuilder("SELECT " + PACKAGE_COLUMNS + " FROM package p" + jdbc.dialect().useIndex("package_by_name")
                + " "
                + "WHERE p.repository_id = (SELECT id FROM repository WHERE domain_owner = ? AND domain_name = ? AND name = ?)");
        if (after != null) {
            sql.append(" AND (p.format, p.namespace, p.name) > (?, ?, ?)");
            params.addAll(List.of(after.format().wireName(), ns(after), after.name()));
        }
        appendFilter(sql, params, filter);
        sql.append(" ORDER BY p.format, p.namespace, p.name LIMIT ?");
        params.add(limit);
        return jdbc.query(sql.toString(), rs -> mapPackage(repository, rs), params.toArray());
    }

    /** A part of the listing order: a condition on the key columns and its parameters. */
    private record KeyRange(String condition, List<Object> params) {
    }

    private static List<KeyRange> rangesAfter(PackageFilter filter, PackageCoordinate after) {
        if (after == null) {
            return List.of(new KeyRange("", List.of()));
        }
        String format = after.format().wireName();
        List<KeyRange> ranges = new ArrayList<>();
        ranges.add(new KeyRange(" AND p.format = ? AND p.namespace = ? AND p.name > ?", List.of(format, ns(after), after.name())));
        ranges.add(new KeyRange(" AND p.format = ? AND p.namespace > ?", List.of(format, ns(after))));
        java.util.Arrays.stream(PackageFormat.values())
                .map(PackageFormat::wireName)
                .filter(f -> f.compareTo(format) > 0)
                .filter(f -> filter.format() == null || filter.format().wireName().equals(f))
                .sorted()
                .forEach(f -> ranges.add(new KeyRange(" AND p.format = ?", List.of(f))));
        return ranges;
    }

    private List<PackageSummary> listRange(RepositoryId repository, PackageFilter filter, KeyRange range, int limit) {
        List<Object> params = new ArrayList<>(List.of(repository.domain().owner(), repository.domain().name(), repository.name()));
        // The repository id as a scalar subquery (not a join), the index named (V7) and the repository id first in
        // ORDER BY: H2 then reads the index in listing order and stops after the page.
        StringBuilder sql = new StringBuilder("SELECT " + PACKAGE_COLUMNS + " FROM package p" + jdbc.dialect().useIndex("package_listing_order")
                + " "
                + "WHERE p.repository_id = "
                + "(SELECT id FROM repository WHERE domain_owner = ? AND domain_name = ? AND name = ?)");
        sql.append(range.condition());
        params.addAll(range.params());
        appendFilter(sql, params, filter);
        sql.append(" ORDER BY p.repository_id, p.format, p.namespace, p.name LIMIT ?");
        params.add(limit);
        return jdbc.query(sql.toString(), rs -> mapPackage(repository, rs), params.toArray());
    }

    @Override
    public List<PackageSearchHit> searchDomain(DomainId domain, PackageSearch search, int limit) {
        return new JdbcPackageSearch(jdbc).search(domain, search, limit);
    }

    /**
     * With at most a format or a name prefix as filter, H2 counts in the (repository_id, format, namespace, name) index,
     * or the (repository_id, name) index for a prefix (V9); 0.1 s for 100,000 packages (docs/benchmarks.md part 4).
     */
    @Override
    public int countPackages(RepositoryId repository, PackageFilter filter) {
        List<Object> params = new ArrayList<>(List.of(repository.domain().owner(), repository.domain().name(), repository.name()));
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM package p WHERE p.repository_id = "
                + "(SELECT id FROM repository WHERE domain_owner = ? AND domain_name = ? AND name = ?)");
        appendFilter(sql, params, filter);
        return jdbc.queryOne(sql.toString(), rs -> rs.getInt(1), params.toArray()).orElse(0);
    }

    private static void appendFilter(StringBuilder sql, List<Object> params, PackageFilter filter) {
        if (filter.format() != null) {
            sql.append(" AND p.format = ?");
            params.add(filter.format().wireName());
        }
        if (filter.namespacePrefix() != null) {
            sql.append(" AND p.namespace LIKE ? ESCAPE '\\'");
            params.add(JdbcRepositoryStore.likePrefix(filter.namespacePrefix()));
        }
        if (filter.packagePrefix() != null) {
            sql.append(" AND p.name LIKE ? ESCAPE '\\'");
            params.add(JdbcRepositoryStore.likePrefix(filter.packagePrefix()));
        }
        if (filter.publish() != null) {
            sql.append(" AND p.publish = ?");
            params.add(filter.publish().name());
        }
        if (filter.upstream() != null) {
            sql.append(" AND p.upstream = ?");
            params.add(filter.upstream().name());
        }
    }

    @Override
    public Optional<PackageVersion> findVersion(RepositoryId repository, PackageCoordinate c, String version) {
        return jdbc.queryOne("SELECT " + VERSION_COLUMNS + " FROM package_version v JOIN package p ON p.id = v.package_id "
                        + PACKAGE_OF_REPOSITORY + " AND p.format = ? AND p.namespace = ? AND p.name = ? AND v.version = ?",
                rs -> mapVersion(repository, c, rs), versionParams(repository, c, version));
    }

    @Override
    public List<PackageVersion> listVersions(RepositoryId repository, PackageCoordinate c, VersionFilter filter,
                                             VersionOrder order, VersionKey after, int limit) {
        List<Object> params = new ArrayList<>(List.of(repoParams(repository, c)));
        StringBuilder sql = new StringBuilder("SELECT " + VERSION_COLUMNS + " FROM package_version v JOIN package p ON p.id = v.package_id "
                + PACKAGE_OF_REPOSITORY + " AND p.format = ? AND p.namespace = ? AND p.name = ?");
        if (filter.status() != null) {
            sql.append(" AND v.status = ?");
            params.add(filter.status().name());
        }
        if (filter.originType() != null) {
            sql.append(" AND v.origin_type = ?");
            params.add(filter.originType().name());
        }
        if (order == VersionOrder.PUBLISHED_TIME) {
            if (after != null) {
                sql.append(" AND (v.published_ms, v.version) < (?, ?)");
                params.add(after.publishedMillis());
                params.add(after.version());
            }
            sql.append(" ORDER BY v.published_ms DESC, v.version DESC");
        } else {
            if (after != null) {
                sql.append(" AND (v.version_sort, v.version) > (?, ?)");
                params.add(VersionSortKey.of(c.format(), after.version()));
                params.add(after.version());
            }
            sql.append(" ORDER BY v.version_sort, v.version");
        }
        sql.append(" LIMIT ?");
        params.add(limit);
        return jdbc.query(sql.toString(), rs -> mapVersion(repository, c, rs), params.toArray());
    }

    @Override
    public void insertVersion(PackageVersion v, List<Asset> assets) {
        jdbc.inTransaction(conn -> {
            long packageId = packageId(conn, v.repository(), v.coordinate()).orElseThrow(() ->
                    new IllegalStateException("package " + v.coordinate() + " does not exist in " + v.repository()));
            insertVersionRow(conn, packageId, v, assets);
            return null;
        });
    }

    /** The version's row and its asset records, counted into the domain's asset size; returns the version's id. */
    private long insertVersionRow(Connection conn, long packageId, PackageVersion v, List<Asset> assets) throws SQLException {
        sizes.lock(conn, v.repository().domain());
        long added = sizes.bytesNew(conn, v.repository().domain(), assets);
        VersionMetadata m = v.metadata();
        long versionId = jdbc.insert(conn, "INSERT INTO package_version (package_id, version, version_sort, revision, status, "
                        + "origin_type, origin_repository, origin_connection, published_ms, display_name, summary, home_page, "
                        + "source_code_repository, licenses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                packageId, v.version(), VersionSortKey.of(v.coordinate().format(), v.version()), v.revision(), v.status().name(), v.origin().type().name(),
                v.origin().repositoryName(), v.origin().externalConnectionName(), v.publishedTime().toEpochMilli(),
                m.displayName(), m.summary(), m.homePage(), m.sourceCodeRepository(), toJson(m.licenses()));
        for (Asset a : assets) {
            insertAsset(conn, versionId, a);
        }
        sizes.add(conn, v.repository().domain(), added);
        return versionId;
    }

    @Override
    public void insertPublishedVersion(PublishedVersionWrite write) {
        PackageVersion v = write.version();
        jdbc.inTransaction(conn -> {
            Optional<Long> existing = packageId(conn, v.repository(), v.coordinate());
            long packageId = existing.isPresent() ? existing.get()
                    : insertPackage(conn, v.repository(), v.coordinate(), write.restrictionsIfNew());
            long versionId = insertVersionRow(conn, packageId, v, write.assets());
            if (write.manifestJson().isPresent()) {
                jdbc.update(conn, "INSERT INTO version_manifest (version_id, manifest) VALUES (?, ?)", versionId,
                        write.manifestJson().get());
            }
            for (Map.Entry<String, String> tag : write.distTags().entrySet()) {
                jdbc.update(conn, jdbc.dialect().upsert("package_dist_tag", List.of("package_id", "tag", "version"),
                                List.of("package_id", "tag")),
                        packageId, tag.getKey(), tag.getValue());
            }
            return null;
        });
    }

    private long insertPackage(Connection conn, RepositoryId repository, PackageCoordinate c, OriginRestrictions restrictions)
            throws SQLException {
        long repositoryId = JdbcRepositoryStore.idOf(conn, repository, jdbc);
        return jdbc.insert(conn, "INSERT INTO package (repository_id, format, namespace, name, publish, upstream) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", repositoryId, c.format().wireName(), ns(c), c.name(),
                restrictions.publish().name(), restrictions.upstream().name());
    }

    @Override
    public void updateStatus(RepositoryId repository, PackageCoordinate c, String version, PackageVersionStatus status, String revision) {
        jdbc.update("UPDATE package_version SET status = ?, revision = ? WHERE id = (" + versionIdQuery() + ")",
                prepend(versionParams(repository, c, version), status.name(), revision));
    }

    @Override
    public void addAssets(RepositoryId repository, PackageCoordinate c, String version, List<Asset> assets,
                          PackageVersionStatus status, String revision) {
        jdbc.inTransaction(conn -> {
            List<Long> ids = jdbc.query(conn, versionIdQuery(), rs -> rs.getLong(1), versionParams(repository, c, version));
            if (ids.isEmpty()) {
                throw new IllegalStateException("version " + version + " of " + c + " does not exist in " + repository);
            }
            sizes.lock(conn, repository.domain());
            long added = sizes.bytesNew(conn, repository.domain(), assets);
            for (Asset a : assets) {
                insertAsset(conn, ids.get(0), a);
            }
            sizes.add(conn, repository.domain(), added);
            jdbc.update(conn, "UPDATE package_version SET status = ?, revision = ? WHERE id = ?", status.name(), revision,
                    ids.get(0));
            return null;
        });
    }

    @Override
    public void deleteAssets(RepositoryId repository, PackageCoordinate c, String version) {
        releasingVersionAssets(repository, c, version, "DELETE FROM asset WHERE version_id = ?");
    }

    @Override
    public void deleteVersion(RepositoryId repository, PackageCoordinate c, String version) {
        releasingVersionAssets(repository, c, version, "DELETE FROM package_version WHERE id = ?");
    }

    /** Runs {@code delete} (which removes the version's asset records) with the domain's asset size lowered to match. */
    private void releasingVersionAssets(RepositoryId repository, PackageCoordinate c, String version, String delete) {
        jdbc.inTransaction(conn -> {
            List<Long> ids = jdbc.query(conn, versionIdQuery(), rs -> rs.getLong(1), versionParams(repository, c, version));
            if (!ids.isEmpty()) {
                sizes.lock(conn, repository.domain());
                long released = sizes.bytesReleased(conn, repository.domain(), DomainAssetSize.Scope.VERSION, ids.get(0));
                jdbc.update(conn, delete, ids.get(0));
                sizes.add(conn, repository.domain(), -released);
            }
            return null;
        });
    }

    @Override
    public List<Asset> listAssets(RepositoryId repository, PackageCoordinate c, String version) {
        return jdbc.query("SELECT name, size, sha256, sha1, md5, sha512 FROM asset WHERE version_id = (" + versionIdQuery()
                + ") ORDER BY name", JdbcPackageStore::mapAsset, versionParams(repository, c, version));
    }

    @Override
    public Map<String, List<Asset>> assetsByVersion(RepositoryId repository, PackageCoordinate c) {
        Map<String, List<Asset>> out = new HashMap<>();
        jdbc.query("SELECT v.version, a.name, a.size, a.sha256, a.sha1, a.md5, a.sha512 FROM asset a "
                + "JOIN package_version v ON v.id = a.version_id JOIN package p ON p.id = v.package_id "
                + PACKAGE_OF_REPOSITORY + " AND p.format = ? AND p.namespace = ? AND p.name = ? ORDER BY a.name", rs -> {
                    out.computeIfAbsent(rs.getString("version"), k -> new ArrayList<>()).add(mapAsset(rs));
                    return null;
                }, repoParams(repository, c));
        return out;
    }

    @Override
    public List<Asset> assetsOfRepository(RepositoryId repository) {
        return jdbc.query("SELECT a.name, a.size, a.sha256, a.sha1, a.md5, a.sha512 FROM asset a "
                        + "JOIN package_version v ON v.id = a.version_id JOIN package p ON p.id = v.package_id "
                        + PACKAGE_OF_REPOSITORY, JdbcPackageStore::mapAsset,
                repository.domain().owner(), repository.domain().name(), repository.name());
    }

    @Override
    public boolean contentReferenced(DomainId domain, String sha256) {
        return jdbc.queryOne("SELECT 1 FROM asset a JOIN package_version v ON v.id = a.version_id "
                        + "JOIN package p ON p.id = v.package_id JOIN repository r ON r.id = p.repository_id "
                        + "WHERE a.sha256 = ? AND r.domain_owner = ? AND r.domain_name = ? LIMIT 1", rs -> true,
                sha256, domain.owner(), domain.name()).isPresent();
    }

    private void insertAsset(Connection conn, long versionId, Asset a) throws SQLException {
        jdbc.update(conn, "INSERT INTO asset (version_id, name, size, sha256, sha1, md5, sha512) VALUES (?, ?, ?, ?, ?, ?, ?)",
                versionId, a.name(), a.size(), a.sha256(), a.hashes().get(HashAlgorithm.SHA1),
                a.hashes().get(HashAlgorithm.MD5), a.hashes().get(HashAlgorithm.SHA512));
    }

    private static String versionIdQuery() {
        return "SELECT v.id FROM package_version v JOIN package p ON p.id = v.package_id " + PACKAGE_OF_REPOSITORY
                + " AND p.format = ? AND p.namespace = ? AND p.name = ? AND v.version = ?";
    }

    private Optional<Long> packageId(Connection conn, RepositoryId repository, PackageCoordinate c) throws SQLException {
        List<Long> ids = jdbc.query(conn, "SELECT p.id FROM package p " + PACKAGE_OF_REPOSITORY
                + " AND p.format = ? AND p.namespace = ? AND p.name = ?", rs -> rs.getLong(1), repoParams(repository, c));
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
    }

    private static Object[] repoParams(RepositoryId repository, PackageCoordinate c) {
        return new Object[] {repository.domain().owner(), repository.domain().name(), repository.name(),
                c.format().wireName(), ns(c), c.name()};
    }

    private static Object[] versionParams(RepositoryId repository, PackageCoordinate c, String version) {
        Object[] base = repoParams(repository, c);
        Object[] out = java.util.Arrays.copyOf(base, base.length + 1);
        out[base.length] = version;
        return out;
    }

    private static Object[] prepend(Object[] params, Object... first) {
        Object[] out = new Object[first.length + params.length];
        System.arraycopy(first, 0, out, 0, first.length);
        System.arraycopy(params, 0, out, first.length, params.length);
        return out;
    }

    private static String ns(PackageCoordinate c) {
        return c.namespace() == null ? "" : c.namespace();
    }

    private static PackageSummary mapPackage(RepositoryId repository, ResultSet rs) throws SQLException {
        PackageFormat format = PackageFormat.fromWireName(rs.getString("format")).orElseThrow();
        PackageCoordinate c = new PackageCoordinate(format, rs.getString("namespace"), rs.getString("name"));
        return new PackageSummary(repository, c, new OriginRestrictions(Restriction.valueOf(rs.getString("publish")),
                Restriction.valueOf(rs.getString("upstream"))));
    }

    private static PackageVersion mapVersion(RepositoryId repository, PackageCoordinate c, ResultSet rs) throws SQLException {
        VersionMetadata metadata = new VersionMetadata(rs.getString("display_name"), rs.getString("summary"),
                rs.getString("home_page"), rs.getString("source_code_repository"), fromJson(rs.getString("licenses")));
        PackageVersionOrigin origin = new PackageVersionOrigin(OriginType.valueOf(rs.getString("origin_type")),
                rs.getString("origin_repository"), rs.getString("origin_connection"));
        return new PackageVersion(repository, c, rs.getString("version"), rs.getString("revision"),
                PackageVersionStatus.valueOf(rs.getString("status")), origin, Instant.ofEpochMilli(rs.getLong("published_ms")),
                metadata);
    }

    private static Asset mapAsset(ResultSet rs) throws SQLException {
        Map<HashAlgorithm, String> hashes = new EnumMap<>(HashAlgorithm.class);
        hashes.put(HashAlgorithm.SHA256, rs.getString("sha256"));
        putIfPresent(hashes, HashAlgorithm.SHA1, rs.getString("sha1"));
        putIfPresent(hashes, HashAlgorithm.MD5, rs.getString("md5"));
        putIfPresent(hashes, HashAlgorithm.SHA512, rs.getString("sha512"));
        return new Asset(rs.getString("name"), rs.getLong("size"), hashes);
    }

    private static void putIfPresent(Map<HashAlgorithm, String> hashes, HashAlgorithm algorithm, String value) {
        if (value != null) {
            hashes.put(algorithm, value);
        }
    }

    /** The licenses column's JSON, shared with the details read from archives. */
    static String toJson(List<VersionMetadata.License> licenses) {
        if (licenses.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(licenses);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<VersionMetadata.License> fromJson(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<VersionMetadata.License>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable licenses column: " + e.getMessage(), e);
        }
    }
}
