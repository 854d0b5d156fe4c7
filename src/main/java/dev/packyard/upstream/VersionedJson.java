package dev.packyard.upstream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A JSON document split by the members of its top-level {@code versions} object: the skeleton keeps every other
 * member and, in {@code versions}, each version's name with a placeholder, so the order survives; each version's value
 * is its own piece. This is the shape of an npm packument, whose versions are nearly all of its size.
 */
public final class VersionedJson implements DocumentBody {
    private static final ObjectMapper JSON = LargeJson.mapper();

    private final byte[] skeleton;
    private final Map<String, byte[]> versions;

    /** @param versions each version's JSON, in document order */
    public VersionedJson(byte[] skeleton, LinkedHashMap<String, byte[]> versions) {
        this.skeleton = skeleton.clone();
        this.versions = new LinkedHashMap<>(versions);
    }

    @Override
    public List<String> pieceNames() {
        List<String> names = new ArrayList<>(versions.size() + 1);
        names.add(WHOLE);
        versions.keySet().forEach(v -> names.add(VERSION_PREFIX + v));
        return names;
    }

    @Override
    public Optional<byte[]> piece(String name) {
        if (WHOLE.equals(name)) {
            return Optional.of(skeleton.clone());
        }
        return name.startsWith(VERSION_PREFIX) ? Optional.ofNullable(versions.get(name.substring(VERSION_PREFIX.length())))
                : Optional.empty();
    }

    @Override
    public boolean splitByVersion() {
        return true;
    }

    @Override
    public String text() {
        return join(skeleton, this::piece);
    }

    /** Puts a split document back together: the skeleton with each version's placeholder replaced by its piece. */
    public static String join(byte[] skeleton, Function<String, Optional<byte[]>> pieces) {
        StringWriter out = new StringWriter();
        try (JsonParser in = JSON.createParser(skeleton); JsonGenerator gen = JSON.createGenerator(out)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the skeleton of a split document is not a JSON object");
            }
            gen.writeStartObject();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                in.nextToken();
                gen.writeFieldName(field);
                if (!field.equals("versions") || in.currentToken() != JsonToken.START_OBJECT) {
                    gen.copyCurrentStructure(in);
                    continue;
                }
                gen.writeStartObject();
                while (in.nextToken() == JsonToken.FIELD_NAME) {
                    String version = in.currentName();
                    in.nextToken();
                    in.skipChildren();
                    Optional<byte[]> piece = pieces.apply(VERSION_PREFIX + version);
                    if (piece.isPresent()) {
                        gen.writeFieldName(version);
                        gen.writeRawValue(new String(piece.get(), StandardCharsets.UTF_8));
                    }
                }
                gen.writeEndObject();
            }
            gen.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("A stored document could not be reassembled", e);
        }
        return out.toString();
    }
}
