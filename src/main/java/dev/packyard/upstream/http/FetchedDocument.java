package dev.packyard.upstream.http;

import java.nio.charset.StandardCharsets;

/** A metadata document read completely: its bytes, media type (without parameters, lower case) and final URL. */
public record FetchedDocument(byte[] body, String mediaType, String url) {
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
