package dev.packyard.store.catalog;

import dev.packyard.service.persistence.TagStore;
import dev.packyard.service.resources.ResourceRef;
import dev.packyard.service.tags.Tag;
import dev.packyard.store.db.Jdbc;
import java.util.Collection;
import java.util.List;

public final class JdbcTagStore implements TagStore {
    private final Jdbc jdbc;

    public JdbcTagStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Tag> list(ResourceRef resource, String arn) {
        return jdbc.query("SELECT tag_key, tag_value FROM resource_tag WHERE resource_arn = ? ORDER BY tag_key",
                rs -> new Tag(rs.getString(1), rs.getString(2)), arn);
    }

    @Override
    public void put(ResourceRef resource, String arn, Collection<Tag> tags) {
        jdbc.inTransaction(c -> {
            ResourceColumns owner = ResourceColumns.of(c, resource, jdbc);
            for (Tag tag : tags) {
                jdbc.update(c, jdbc.dialect().upsert("resource_tag", List.of("resource_arn", "tag_key", "tag_value",
                                "domain_owner", "domain_name", "repository_id"), List.of("resource_arn", "tag_key")),
                        arn, tag.key(), tag.value(), owner.domainOwner(), owner.domainName(), owner.repositoryId());
            }
            return null;
        });
    }

    @Override
    public void remove(String arn, Collection<String> keys) {
        jdbc.inTransaction(c -> {
            for (String key : keys) {
                jdbc.update(c, "DELETE FROM resource_tag WHERE resource_arn = ? AND tag_key = ?", arn, key);
            }
            return null;
        });
    }
}
