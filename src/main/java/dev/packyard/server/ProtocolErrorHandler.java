package dev.packyard.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before a request reaches the control plane (an oversized header, a malformed request line):
 * CodeArtifact-shaped JSON with {@code x-amzn-ErrorType} instead of Jetty's HTML page, and never a stack trace.
 */
final class ProtocolErrorHandler extends ErrorHandler {
    ProtocolErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        HttpFields.Mutable headers = response.getHeaders();
        fill(headers, code);
        response.write(true, body(code, message), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fill(fields, status);
        return body(status, reason);
    }

    private static void fill(HttpFields.Mutable headers, int code) {
        headers.put(HttpHeader.CONTENT_TYPE, "application/json");
        headers.put("x-amzn-ErrorType", code >= 500 ? "InternalServerException" : "ValidationException");
        headers.put("x-amzn-RequestId", UUID.randomUUID().toString());
    }

    private static ByteBuffer body(int code, String message) {
        String text = code >= 500 ? "Packyard could not handle the request (HTTP " + code + ")"
                : "The HTTP request was refused (" + code + (message == null ? "" : " " + message) + "): check its "
                + "request line and headers";
        String reason = code >= 500 ? "" : ",\"reason\":\"OTHER\"";
        return ByteBuffer.wrap(("{\"message\":\"" + escape(text) + "\"" + reason + "}").getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
