package dev.packyard.service.topology;

import java.util.List;

/** What a topology file held, as far as it could be read, and the problems of its form (syntax, types, fields). */
public record ParsedTopology(Topology topology, List<TopologyProblem> problems) {
    public ParsedTopology {
        problems = List.copyOf(problems);
    }
}
