package dev.packyard.server.controlplane;

/** One CodeArtifact operation: returns the JSON response, or null when it wrote the response itself. */
@FunctionalInterface
interface Operation {
    Object handle(ApiRequest request) throws Exception;
}
