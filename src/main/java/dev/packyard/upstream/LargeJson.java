package dev.packyard.upstream;

import dev.packyard.model.SharedJson;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON reader for registry documents and the caches made of them. Jackson's default limits (a string of at most
 * 20 million characters, among others) are meant for untrusted small inputs; a registry document is bounded instead
 * by the metadata size limit of the HTTP client, and a real packument's readme can be one very long string, so the
 * per-token limits are lifted here on purpose. Nesting stays bounded: no real document nests deeply.
 */
public final class LargeJson {
    private static final StreamReadConstraints REGISTRY_DOCUMENTS = StreamReadConstraints.builder()
            .maxStringLength(Integer.MAX_VALUE)
            .maxNameLength(Integer.MAX_VALUE)
            .maxNumberLength(Integer.MAX_VALUE)
            .maxDocumentLength(-1)
            .maxNestingDepth(2_000)
            .build();

    private LargeJson() {
    }

    /** A new mapper without the per-token size limits (each caller keeps its own; mappers are thread-safe once built). */
    public static ObjectMapper mapper() {
        return SharedJson.on(JsonFactory.builder().streamReadConstraints(REGISTRY_DOCUMENTS).build());
    }
}
