package dev.packyard.service.topology;

import java.util.List;

/**
 * A domain's layout as a topology file holds it: the domain name and its repositories. Values are kept as
 * read (a name may be null or invalid), so an import can report every problem of a file at once.
 */
public record Topology(String domain, List<TopologyRepository> repositories) {
    public Topology {
        repositories = List.copyOf(repositories);
    }
}
