package dev.packyard.service.tags;

import dev.packyard.service.CatalogLock;
import dev.packyard.service.account.LocalAccount;
import dev.packyard.service.error.ServiceQuotaExceededException;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.persistence.TagStore;
import dev.packyard.service.resources.ResourceArns;
import dev.packyard.service.resources.ResourceRef;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** TagResource, UntagResource and ListTagsForResource on domains and repositories. */
public final class TagService {
    /** CodeArtifact's limit of tags on one resource. */
    public static final int MAX_TAGS = 200;
    private static final Pattern KEY = Pattern.compile("\\P{C}+");
    private static final Pattern VALUE = Pattern.compile("\\P{C}*");

    private final TagStore tags;
    private final ResourceArns arns;
    private final LocalAccount account;
    private final CatalogLock lock;

    public TagService(TagStore tags, ResourceArns arns, LocalAccount account, CatalogLock lock) {
        this.tags = tags;
        this.arns = arns;
        this.account = account;
        this.lock = lock;
    }

    public List<Tag> list(String resourceArn) {
        ResourceRef resource = arns.require(resourceArn);
        return tags.list(resource, resource.arn(account));
    }

    public void tag(String resourceArn, List<Tag> newTags) {
        List<Tag> checked = validate(newTags);
        if (checked.isEmpty()) {
            throw new ValidationException("Missing required parameter 'tags': give at least one tag as key and value");
        }
        lock.write(() -> {
            ResourceRef resource = arns.require(resourceArn);
            apply(resource, checked);
        });
    }

    /** Tags a resource that was just created (tags given with create-domain or create-repository). */
    public void tagNew(ResourceRef resource, List<Tag> checkedTags) {
        if (!checkedTags.isEmpty()) {
            lock.write(() -> apply(resource, checkedTags));
        }
    }

    public void untag(String resourceArn, List<String> keys) {
        if (keys == null || keys.isEmpty()) {
            throw new ValidationException("Missing required parameter 'tagKeys': name at least one tag key to remove");
        }
        if (keys.size() > MAX_TAGS) {
            throw new ValidationException("tagKeys names " + keys.size() + " keys; at most " + MAX_TAGS + " are allowed");
        }
        keys.forEach(TagService::checkKey);
        lock.write(() -> {
            ResourceRef resource = arns.require(resourceArn);
            tags.remove(resource.arn(account), keys);
        });
    }

    /** Drops every tag of a resource that is going away (a package group; domains and repositories cascade). */
    public void removeAll(ResourceRef resource) {
        String arn = resource.arn(account);
        List<String> keys = tags.list(resource, arn).stream().map(Tag::key).toList();
        if (!keys.isEmpty()) {
            tags.remove(arn, keys);
        }
    }

    /** Checks tags given by a client; call before creating the resource so a bad tag creates nothing. */
    public static List<Tag> validate(List<Tag> given) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_TAGS) {
            throw new ValidationException("tags lists " + given.size() + " tags; at most " + MAX_TAGS + " are allowed");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Tag tag : given) {
            checkKey(tag.key());
            String value = tag.value();
            if (value == null || value.length() > 256 || !VALUE.matcher(value).matches()) {
                throw new ValidationException("Invalid value of tag '" + tag.key() + "': a value is 0-256 characters "
                        + "without control characters");
            }
            if (!seen.add(tag.key())) {
                throw new ValidationException("Tag key '" + tag.key() + "' is given twice: give each key once");
            }
        }
        return List.copyOf(given);
    }

    private void apply(ResourceRef resource, List<Tag> checked) {
        String arn = resource.arn(account);
        Map<String, String> merged = new LinkedHashMap<>();
        tags.list(resource, arn).forEach(t -> merged.put(t.key(), t.value()));
        checked.forEach(t -> merged.put(t.key(), t.value()));
        if (merged.size() > MAX_TAGS) {
            throw new ServiceQuotaExceededException("Resource " + arn + " would have " + merged.size() + " tags; at most "
                    + MAX_TAGS + " are allowed: remove some with untag-resource first", resource.name(), null);
        }
        tags.put(resource, arn, checked);
    }

    private static void checkKey(String key) {
        if (key == null || key.isEmpty() || key.length() > 128 || !KEY.matcher(key).matches()) {
            throw new ValidationException("Invalid tag key '" + (key == null ? "" : key) + "': a key is 1-128 characters "
                    + "without control characters");
        }
        if (key.startsWith("aws:")) {
            throw new ValidationException("Tag key '" + key + "' starts with 'aws:', which is reserved: choose another key");
        }
    }
}
