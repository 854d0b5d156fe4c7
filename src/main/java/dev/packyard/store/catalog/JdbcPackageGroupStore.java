package dev.packyard.store.catalog;

import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.PackageFormat;
import dev.packyard.model.groups.OriginRestrictionType;
import dev.packyard.model.groups.PackageGroup;
import dev.packyard.model.groups.PackageGroupPattern;
import dev.packyard.model.groups.RestrictionMode;
import dev.packyard.service.persistence.PackageGroupStore;
import dev.packyard.store.db.Jdbc;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

public final class JdbcPackageGroupStore implements PackageGroupStore {
    private final Jdbc jdbc;

    public JdbcPackageGroupStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(String pattern, long createdMs, String description, String contactInfo, String publish,
                       String external, String internal) {
    }

    private record Allowed(String pattern, String type, String repository) {
    }

    @Override
    public List<PackageGroup> listInDomain(DomainId domain) {
        return jdbc.inConnection(c -> {
            List<Row> rows = jdbc.query(c, "SELECT pattern, created_ms, description, contact_info, publish_mode, "
                            + "external_mode, internal_mode FROM package_group WHERE domain_owner = ? AND domain_name = ? "
                            + "ORDER BY pattern",
                    rs -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7)), domain.owner(), domain.name());
            List<Allowed> allowed = jdbc.query(c, "SELECT pattern, restriction_type, repository_name FROM "
                            + "package_group_allowed_repository WHERE domain_owner = ? AND domain_name = ?",
                    rs -> new Allowed(rs.getString(1), rs.getString(2), rs.getString(3)), domain.owner(), domain.name());
            Map<String, Map<OriginRestrictionType, SortedSet<String>>> byPattern = new HashMap<>();
            for (Allowed a : allowed) {
                byPattern.computeIfAbsent(a.pattern(), p -> new EnumMap<>(OriginRestrictionType.class))
                        .computeIfAbsent(OriginRestrictionType.valueOf(a.type()), t -> new TreeSet<>()).add(a.repository());
            }
            List<PackageGroup> groups = new ArrayList<>();
            for (Row r : rows) {
                Map<OriginRestrictionType, RestrictionMode> modes = new EnumMap<>(OriginRestrictionType.class);
                modes.put(OriginRestrictionType.PUBLISH, RestrictionMode.valueOf(r.publish()));
                modes.put(OriginRestrictionType.EXTERNAL_UPSTREAM, RestrictionMode.valueOf(r.external()));
                modes.put(OriginRestrictionType.INTERNAL_UPSTREAM, RestrictionMode.valueOf(r.internal()));
                groups.add(new PackageGroup(domain, PackageGroupPattern.parse(r.pattern()),
                        Instant.ofEpochMilli(r.createdMs()), r.description(), r.contactInfo(), modes,
                        byPattern.getOrDefault(r.pattern(), Map.of())));
            }
            return groups;
        });
    }

    @Override
    public void save(PackageGroup g) {
        DomainId d = g.domain();
        String pattern = g.pattern().written();
        jdbc.inTransaction(c -> {
            jdbc.update(c, jdbc.dialect().upsert("package_group", List.of("domain_owner", "domain_name", "pattern",
                                    "created_ms", "description", "contact_info", "publish_mode", "external_mode", "internal_mode"),
                            List.of("domain_owner", "domain_name", "pattern")),
                    d.owner(), d.name(), pattern, g.createdTime().toEpochMilli(), g.description(), g.contactInfo(),
                    g.mode(OriginRestrictionType.PUBLISH).name(), g.mode(OriginRestrictionType.EXTERNAL_UPSTREAM).name(),
                    g.mode(OriginRestrictionType.INTERNAL_UPSTREAM).name());
            jdbc.update(c, "DELETE FROM package_group_allowed_repository WHERE domain_owner = ? AND domain_name = ? "
                    + "AND pattern = ?", d.owner(), d.name(), pattern);
            for (OriginRestrictionType type : OriginRestrictionType.values()) {
                for (String repository : g.allowed(type)) {
                    jdbc.update(c, "INSERT INTO package_group_allowed_repository (domain_owner, domain_name, pattern, "
                                    + "restriction_type, repository_name) VALUES (?, ?, ?, ?, ?)",
                            d.owner(), d.name(), pattern, type.name(), repository);
                }
            }
            return null;
        });
    }

    @Override
    public void delete(PackageGroup g) {
        jdbc.update("DELETE FROM package_group WHERE domain_owner = ? AND domain_name = ? AND pattern = ?",
                g.domain().owner(), g.domain().name(), g.pattern().written());
    }

    @Override
    public List<PackageCoordinate> packagesInDomain(DomainId domain) {
        return jdbc.query("SELECT DISTINCT p.format, p.namespace, p.name FROM package p JOIN repository r "
                        + "ON p.repository_id = r.id WHERE r.domain_owner = ? AND r.domain_name = ? "
                        + "ORDER BY p.format, p.namespace, p.name",
                rs -> new PackageCoordinate(PackageFormat.fromWireName(rs.getString(1)).orElseThrow(), rs.getString(2),
                        rs.getString(3)), domain.owner(), domain.name());
    }
}
