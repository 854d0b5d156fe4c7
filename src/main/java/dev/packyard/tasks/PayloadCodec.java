package dev.packyard.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.packyard.model.SharedJson;

/** Turns task payloads (plain records) into JSON for the database and back. Instants are ISO-8601 strings. */
public final class PayloadCodec {
    private final ObjectWriter writer = SharedJson.MAPPER.writer();
    // Payloads written by a newer version may carry fields this one does not know; they are ignored.
    private final ObjectReader reader = SharedJson.MAPPER.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public String encode(Object payload) {
        try {
            return writer.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the task payload " + payload.getClass().getSimpleName()
                    + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public <P> P decode(String json, Class<P> type) {
        try {
            return reader.forType(type).readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot read a stored " + type.getSimpleName() + " task payload: "
                    + e.getOriginalMessage(), e);
        }
    }
}
