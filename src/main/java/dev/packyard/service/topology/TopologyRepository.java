package dev.packyard.service.topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One repository of a topology: name, description, upstream repository names in search order, and external
 * connection names (CodeArtifact allows one; the list keeps its describe-repository shape). Entries the file
 * had in a wrong form are null.
 */
public record TopologyRepository(String name, String description, List<String> upstreams, List<String> externalConnections) {
    public TopologyRepository {
        description = description == null ? "" : description;
        upstreams = Collections.unmodifiableList(new ArrayList<>(upstreams));
        externalConnections = Collections.unmodifiableList(new ArrayList<>(externalConnections));
    }
}
