package dev.packyard.service.persistence;

import dev.packyard.model.DomainId;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.groups.PackageGroup;
import java.util.List;

/** Persistence of a domain's package groups with their origin settings and allowed repositories. */
public interface PackageGroupStore {
    /** Every stored group of the domain (the root group only once it was changed). */
    List<PackageGroup> listInDomain(DomainId domain);

    /** Writes the group whole: its row and its allowed repositories, replacing what was stored under its pattern. */
    void save(PackageGroup group);

    void delete(PackageGroup group);

    /** The distinct packages of the domain (over all its repositories) in format, namespace, name order. */
    List<PackageCoordinate> packagesInDomain(DomainId domain);
}
