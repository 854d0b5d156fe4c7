package dev.packyard.service.persistence;

import dev.packyard.service.policies.ResourcePolicy;
import dev.packyard.service.resources.ResourceRef;
import java.util.Optional;

/** Persistence of permissions policies, one per domain or repository; a policy goes away with its resource. */
public interface PolicyStore {
    Optional<ResourcePolicy> find(String arn);

    void put(ResourceRef resource, ResourcePolicy policy);

    void delete(String arn);
}
