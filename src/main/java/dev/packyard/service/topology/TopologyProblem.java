package dev.packyard.service.topology;

/**
 * Something that stops a topology from being imported: where it is in the file (for example
 * {@code repositories[2].upstreams[0]}) and a sentence that says what to fix.
 */
public record TopologyProblem(String location, String message) {
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
