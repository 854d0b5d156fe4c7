package dev.packyard.formats.npm.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.application.publish.SpooledAsset;
import dev.packyard.application.publish.UploadSpool;
import dev.packyard.server.packages.BadRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads an npm package document from the request body as a stream of JSON tokens. The tarball npm sends base64
 * encoded in {@code _attachments.NAME.data} is decoded by the parser straight into a spool file, so a tarball of
 * any size never sits in memory, as bytes or as text; everything else of the document is kept as a tree.
 */
final class NpmUploadReader {
    private final ObjectMapper json;
    private final UploadSpool spool;

    NpmUploadReader(ObjectMapper json, UploadSpool spool) {
        this.json = json;
        this.spool = spool;
    }

    NpmUpload read(InputStream body) throws IOException {
        ObjectNode document = json.createObjectNode();
        Optional<NpmUpload.Attachment> tarball = Optional.empty();
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new BadRequestException("The request body must be an npm package document (a JSON object)");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("_attachments") && parser.currentToken() == JsonToken.START_OBJECT) {
                    tarball = readAttachments(parser, document.putObject("_attachments"));
                } else {
                    document.set(field, parser.readValueAsTree());
                }
            }
            return new NpmUpload(document, tarball);
        } catch (IOException | RuntimeException e) {
            tarball.ifPresent(a -> a.file().discard());
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                throw new BadRequestException("The package document is not valid JSON: " + e.getMessage());
            }
            throw e;
        }
    }

    /** Keeps each attachment's other fields; spools the first one's data, skipping any further ones' data. */
    private Optional<NpmUpload.Attachment> readAttachments(JsonParser parser, ObjectNode attachments) throws IOException {
        Optional<NpmUpload.Attachment> first = Optional.empty();
        try {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new BadRequestException("The attachment '" + name + "' is not a JSON object");
                }
                ObjectNode kept = attachments.putObject(name);
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (field.equals("data") && value == JsonToken.VALUE_STRING && first.isEmpty()) {
                        first = Optional.of(new NpmUpload.Attachment(name, spoolData(parser, name)));
                    } else if (field.equals("data")) {
                        parser.skipChildren();
                    } else {
                        JsonNode node = parser.readValueAsTree();
                        kept.set(field, node);
                    }
                }
            }
            return first;
        } catch (IOException | RuntimeException e) {
            first.ifPresent(a -> a.file().discard());
            throw e;
        }
    }

    private SpooledAsset spoolData(JsonParser parser, String name) throws IOException {
        try (UploadSpool.Receiver receiver = spool.receiver(name)) {
            try {
                parser.readBinaryValue(receiver.stream());
            } catch (com.fasterxml.jackson.core.JsonParseException e) {
                throw new BadRequestException("The tarball attachment is not valid base64: " + e.getOriginalMessage());
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("The tarball attachment is not valid base64: " + e.getMessage());
            }
            return receiver.finish();
        }
    }
}
