package dev.packyard.store.catalog;

import dev.packyard.model.DomainId;
import dev.packyard.service.resources.ResourceRef;
import dev.packyard.store.db.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;

/** The owning-resource columns of tag and policy rows (domain key, and repository id for repositories). */
record ResourceColumns(String domainOwner, String domainName, Long repositoryId) {
    static ResourceColumns of(Connection c, ResourceRef resource, Jdbc jdbc) throws SQLException {
        if (resource instanceof ResourceRef.RepositoryResource r) {
            DomainId domain = r.repository().domain();
            return new ResourceColumns(domain.owner(), domain.name(), JdbcRepositoryStore.idOf(c, r.repository(), jdbc));
        }
        if (resource instanceof ResourceRef.PackageGroupResource g) {
            return new ResourceColumns(g.domain().owner(), g.domain().name(), null);
        }
        DomainId domain = ((ResourceRef.DomainResource) resource).domain();
        return new ResourceColumns(domain.owner(), domain.name(), null);
    }
}
