package dev.packyard.store.catalog;

import dev.packyard.model.DomainId;
import dev.packyard.model.OriginRestrictions;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.PackageSearch;
import dev.packyard.model.PackageSearchHit;
import dev.packyard.model.PackageSummary;
import dev.packyard.model.RepositoryId;
import dev.packyard.model.Restriction;
import dev.packyard.store.db.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search across a domain's repositories. The domain's repository ids are read first (a domain has few), so the
 * package query has one table, reads the V11_40 index named in it in the order the hits are shown, and stops after
 * the page: a name prefix is a range of {@code package_search_by_name}, a namespace (and name prefix) a range of
 * {@code package_search_by_namespace}, a format word a range of {@code package_search_by_format}. Names matching the
 * term come first, then namespaces matching it.
 */
final class JdbcPackageSearch {
    private static final String COLUMNS = "p.id, p.repository_id, p.format, p.namespace, p.name, p.publish, p.upstream, "
            + "(SELECT COUNT(*) FROM package_version v WHERE v.package_id = p.id) AS versions";
    private static final String BY_NAME = " ORDER BY p.name, p.namespace, p.format, p.repository_id LIMIT ?";
    private static final String BY_FORMAT = " ORDER BY p.format, p.name, p.namespace, p.repository_id LIMIT ?";
    private static final String BY_NAMESPACE = " ORDER BY p.namespace, p.name, p.format, p.repository_id LIMIT ?";

    private final Jdbc jdbc;

    JdbcPackageSearch(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    List<PackageSearchHit> search(DomainId domain, PackageSearch search, int limit) {
        if (search.isEmpty() || limit <= 0) {
            return List.of();
        }
        Map<Long, RepositoryId> repositories = repositories(domain);
        if (repositories.isEmpty()) {
            return List.of();
        }
        if (search.namespace() != null) {
            Query q = new Query("package_search_by_namespace", repositories, search.format());
            q.where(" AND p.namespace = ?", search.namespace());
            if (search.namePrefix() != null) {
                q.where(" AND p.name LIKE ? ESCAPE '\\'", JdbcRepositoryStore.likePrefix(search.namePrefix()));
            }
            return q.run(BY_NAMESPACE, limit);
        }
        String namePrefix = search.text() != null ? search.text() : search.namePrefix();
        // With a format the range is the format's (its names in order); without one, the name prefix's.
        Query byName = new Query(search.format() == null ? "package_search_by_name" : "package_search_by_format",
                repositories, search.format());
        if (namePrefix != null) {
            byName.where(" AND p.name LIKE ? ESCAPE '\\'", JdbcRepositoryStore.likePrefix(namePrefix));
        }
        List<PackageSearchHit> hits = new ArrayList<>(byName.run(search.format() == null ? BY_NAME : BY_FORMAT, limit));
        if (search.text() != null && hits.size() < limit) {
            Query byNamespace = new Query("package_search_by_namespace", repositories, search.format());
            byNamespace.where(" AND p.namespace LIKE ? ESCAPE '\\'", JdbcRepositoryStore.likePrefix(search.text()));
            // Those whose name matches too are already among the hits above.
            byNamespace.where(" AND p.name NOT LIKE ? ESCAPE '\\'", JdbcRepositoryStore.likePrefix(search.text()));
            hits.addAll(byNamespace.run(BY_NAMESPACE, limit - hits.size()));
        }
        return hits;
    }

    private Map<Long, RepositoryId> repositories(DomainId domain) {
        Map<Long, RepositoryId> byId = new LinkedHashMap<>();
        jdbc.query("SELECT id, name FROM repository WHERE domain_owner = ? AND domain_name = ?", rs -> {
            byId.put(rs.getLong("id"), new RepositoryId(domain, rs.getString("name")));
            return null;
        }, domain.owner(), domain.name());
        return byId;
    }

    /** One query on the package table alone, through the index it names. */
    private final class Query {
        private final Map<Long, RepositoryId> repositories;
        private final StringBuilder sql;
        private final List<Object> params = new ArrayList<>();

        Query(String index, Map<Long, RepositoryId> repositories, PackageFormat format) {
            this.repositories = repositories;
            this.sql = new StringBuilder("SELECT " + COLUMNS + " FROM package p" + jdbc.dialect().useIndex(index) + " WHERE p.repository_id IN ("
                    + String.join(", ", Collections.nCopies(repositories.size(), "?")) + ")");
            params.addAll(repositories.keySet());
            if (format != null) {
                where(" AND p.format = ?", format.wireName());
            }
        }

        void where(String condition, Object param) {
            sql.append(condition);
            params.add(param);
        }

        List<PackageSearchHit> run(String order, int limit) {
            List<Object> all = new ArrayList<>(params);
            all.add(limit);
            return jdbc.query(sql + order, this::hit, all.toArray());
        }

        private PackageSearchHit hit(ResultSet rs) throws SQLException {
            PackageFormat format = PackageFormat.fromWireName(rs.getString("format")).orElseThrow();
            PackageCoordinate c = new PackageCoordinate(format, rs.getString("namespace"), rs.getString("name"));
            PackageSummary summary = new PackageSummary(repositories.get(rs.getLong("repository_id")), c,
                    new OriginRestrictions(Restriction.valueOf(rs.getString("publish")),
                            Restriction.valueOf(rs.getString("upstream"))));
            return new PackageSearchHit(summary, rs.getInt("versions"));
        }
    }
}
