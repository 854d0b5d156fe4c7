package dev.packyard.service.persistence;

import dev.packyard.service.resources.ResourceRef;
import dev.packyard.service.tags.Tag;
import java.util.Collection;
import java.util.List;

/** Persistence of resource tags. Tags go away with the domain or repository they belong to. */
public interface TagStore {
    /** Tags of the resource ordered by key. */
    List<Tag> list(ResourceRef resource, String arn);

    /** Adds the tags, replacing the values of keys the resource already has. */
    void put(ResourceRef resource, String arn, Collection<Tag> tags);

    void remove(String arn, Collection<String> keys);
}
