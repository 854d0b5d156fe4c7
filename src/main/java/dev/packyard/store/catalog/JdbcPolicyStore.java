package dev.packyard.store.catalog;

import dev.packyard.service.persistence.PolicyStore;
import dev.packyard.service.policies.ResourcePolicy;
import dev.packyard.service.resources.ResourceRef;
import dev.packyard.store.db.Jdbc;
import java.util.List;
import java.util.Optional;

public final class JdbcPolicyStore implements PolicyStore {
    private final Jdbc jdbc;

    public JdbcPolicyStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ResourcePolicy> find(String arn) {
        return jdbc.queryOne("SELECT resource_arn, revision, document FROM resource_policy WHERE resource_arn = ?",
                rs -> new ResourcePolicy(rs.getString(1), rs.getString(2), rs.getString(3)), arn);
    }

    @Override
    public void put(ResourceRef resource, ResourcePolicy policy) {
        jdbc.inTransaction(c -> {
            ResourceColumns owner = ResourceColumns.of(c, resource, jdbc);
            jdbc.update(c, jdbc.dialect().upsert("resource_policy", List.of("resource_arn", "domain_owner", "domain_name",
                            "repository_id", "revision", "document"), List.of("resource_arn")), policy.resourceArn(),
                    owner.domainOwner(), owner.domainName(), owner.repositoryId(), policy.revision(), policy.document());
            return null;
        });
    }

    @Override
    public void delete(String arn) {
        jdbc.update("DELETE FROM resource_policy WHERE resource_arn = ?", arn);
    }
}
