package dev.packyard.demo.common;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a format registry answers; the HTTP layer adds outage, latency and slow-drip on top. */
public record DemoResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
    public static final String TEXT = "text/plain; charset=utf-8";

    public DemoResponse {
        headers = Map.copyOf(headers);
    }

    public static DemoResponse ok(String contentType, byte[] body) {
        return new DemoResponse(200, contentType, body, Map.of());
    }

    public static DemoResponse ok(String contentType, String body) {
        return ok(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public static DemoResponse notFound(String what) {
        return new DemoResponse(404, TEXT, (what + " is not in the demo registry\n").getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** Permanent redirect, as PyPI answers a non-normalised project name. */
    public static DemoResponse movedTo(String location) {
        return new DemoResponse(301, TEXT, new byte[0], Map.of("Location", location));
    }
}
