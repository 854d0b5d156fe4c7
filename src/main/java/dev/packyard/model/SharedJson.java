package dev.packyard.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one configured Jackson mapper every layer uses. Mappers are thread-safe once configured and costly to build;
 * a place that needs other settings takes a reader or writer from this one ({@code MAPPER.reader().with(...)}) so
 * the shared settings stay in one place. Nothing may reconfigure it after this class has built it.
 */
public final class SharedJson {
    /**
     * Instants as ISO-8601 strings, BigDecimals written as plain numbers (CodeArtifact's epoch seconds with
     * fractions), otherwise Jackson's defaults.
     */
    public static final ObjectMapper MAPPER = configured(JsonMapper.builder()).build();

    /**
     * A mapper with the shared settings on a parser factory of its own (other stream limits); Jackson's JsonMapper
     * cannot be copied onto another factory, so the settings are applied again.
     */
    public static ObjectMapper on(JsonFactory factory) {
        return configured(JsonMapper.builder(factory)).build();
    }

    private static JsonMapper.Builder configured(JsonMapper.Builder builder) {
        return builder.addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    private SharedJson() {
    }
}
