package dev.packyard.server.controlplane;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.model.RedactedUrl;
import dev.packyard.service.error.CodeArtifactException;
import dev.packyard.service.error.ValidationException;

/**
 * The JSON body of every CodeArtifact-shaped error Packyard answers, whoever answers it (the control plane's
 * handlers, or Jetty before a request reaches them): the message with any URL's credentials removed, the resource it
 * concerns and a validation error's reason.
 */
public final class ErrorBody {
    private ErrorBody() {
    }

    public static byte[] json(CodeArtifactException error) {
        ObjectNode body = Json.object();
        body.put("message", RedactedUrl.inText(error.getMessage()));
        error.resourceId().ifPresent(id -> body.put("resourceId", id));
        error.resourceType().ifPresent(type -> body.put("resourceType", type.wireName()));
        if (error instanceof ValidationException v) {
            body.put("reason", v.reason().name());
        }
        return Json.bytes(body);
    }
}
