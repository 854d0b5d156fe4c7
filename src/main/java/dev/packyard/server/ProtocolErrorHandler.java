package dev.packyard.server;

import dev.packyard.server.controlplane.ErrorBody;
import dev.packyard.service.error.CodeArtifactException;
import dev.packyard.service.error.InternalServerException;
import dev.packyard.service.error.ValidationException;
import java.io.IOException;
import java.nio.ByteBuffer;
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
        headers.put("x-amzn-ErrorType", error(code, null).errorType());
        headers.put("x-amzn-RequestId", UUID.randomUUID().toString());
    }

    private static ByteBuffer body(int code, String message) {
        return ByteBuffer.wrap(ErrorBody.json(error(code, message)));
    }

    private static CodeArtifactException error(int code, String message) {
        return code >= 500 ? new InternalServerException("Packyard could not handle the request (HTTP " + code + ")")
                : new ValidationException("The HTTP request was refused (" + code + (message == null ? "" : " " + message)
                        + "): check its request line and headers", ValidationException.Reason.OTHER);
    }
}
