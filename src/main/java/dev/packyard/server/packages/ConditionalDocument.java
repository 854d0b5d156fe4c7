package dev.packyard.server.packages;

import dev.packyard.model.Hashes;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * Answers with a metadata document Packyard rendered (a packument, a simple page, maven-metadata.xml) under a strong
 * ETag taken from its bytes, and with 304 Not Modified and no body when the client already holds those bytes
 * ({@code If-None-Match}). A package manager revalidating its cache then costs a few headers, not the document.
 */
public final class ConditionalDocument {
    /** 128 bits of the SHA-256 are plenty to tell two versions of one document apart, and keep the header short. */
    private static final int TAG_HEX_CHARS = 32;

    private ConditionalDocument() {
    }

    public static void send(Context ctx, String contentType, byte[] body) {
        String etag = etagOf(body);
        ctx.header("ETag", etag);
        // On a 304 too: clients merge its headers into the response they kept (pip read the server's default text/plain).
        ctx.contentType(contentType);
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        ctx.status(200);
        ctx.result(body);
    }

    public static void send(Context ctx, String contentType, String body) {
        send(ctx, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static String etagOf(byte[] body) {
        return "\"" + Hashes.sha256Hex(body).substring(0, TAG_HEX_CHARS) + "\"";
    }

    /**
     * If-None-Match compares weakly (RFC 9110 13.1.2): a client that kept the tag as {@code W/"..."} (a proxy on the
     * way may have weakened it) still matches; {@code *} matches any current document.
     */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
