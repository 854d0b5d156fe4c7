package dev.packyard.server.guard;

import dev.packyard.model.SharedJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A request the guard turns away before it reaches a handler: CodeArtifact's JSON error with
 * {@code x-amzn-ErrorType} for the control plane, the message as package managers show it (plain text, or npm's
 * {@code error} field) for the package endpoints.
 */
record Refusal(int status, String errorType, String message, int retryAfterSeconds) {
    private static final ObjectMapper JSON = SharedJson.MAPPER;

    static Refusal accessDenied(String message) {
        return new Refusal(403, "AccessDeniedException", message, 0);
    }

    static Refusal tooLarge(int status, String message) {
        return new Refusal(status, "ValidationException", message, 0);
    }

    static Refusal busy(int status, String message) {
        return new Refusal(status, "ThrottlingException", message, 1);
    }

    void send(String path, HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setHeader("x-amzn-ErrorType", errorType);
        response.setHeader("x-amzn-RequestId", UUID.randomUUID().toString());
        if (retryAfterSeconds > 0) {
            response.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
        }
        // The connection may hold an unread body; closing it spares reading bytes that will be thrown away.
        response.setHeader("Connection", "close");
        byte[] body;
        RequestPaths.Kind kind = RequestPaths.kind(path);
        if (kind == RequestPaths.Kind.PACKAGE_TEXT) {
            response.setContentType("text/plain; charset=utf-8");
            body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType("application/json");
            ObjectNode node = JSON.createObjectNode();
            if (kind == RequestPaths.Kind.PACKAGE_JSON) {
                node.put("error", message);
            } else {
                node.put("message", message);
                if (errorType.equals("ValidationException")) {
                    node.put("reason", "OTHER");
                }
            }
            body = JSON.writeValueAsBytes(node);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
