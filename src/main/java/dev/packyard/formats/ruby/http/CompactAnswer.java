package dev.packyard.formats.ruby.http;

import dev.packyard.model.Hashes;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a compact-index file as Bundler revalidates it: the ETag is the quoted MD5 of the whole body (Bundler checks
 * its copy against it), a matching If-None-Match gets 304, and {@code Range: bytes=N-} gets the tail as 206.
 */
final class CompactAnswer {
    private static final Pattern OPEN_RANGE = Pattern.compile("bytes=(\\d+)-");

    private CompactAnswer() {
    }

    static String etag(byte[] body) {
        return "\"" + Hashes.hex("MD5", body) + "\"";
    }

    static void send(Context ctx, byte[] body) {
        String etag = etag(body);
        ctx.header("ETag", etag);
        ctx.header("Accept-Ranges", "bytes");
        ctx.header("Cache-Control", "private, max-age=60");
        ctx.contentType("text/plain; charset=utf-8");
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t).anyMatch(etag::equals)) {
            ctx.status(304);
            return;
        }
        String range = ctx.header("Range");
        Matcher m = range == null ? null : OPEN_RANGE.matcher(range.strip());
        if (m != null && m.matches()) {
            long from = Long.parseLong(m.group(1));
            if (from >= body.length) {
                ctx.status(416);
                ctx.header("Content-Range", "bytes */" + body.length);
                return;
            }
            ctx.status(206);
            ctx.header("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
            ctx.result(Arrays.copyOfRange(body, (int) from, body.length));
            return;
        }
        ctx.status(200);
        ctx.result(body);
    }
}
