package dev.packyard.upstream.http;

import okhttp3.HttpUrl;

/** Builds registry URLs under a configured base that may itself have a path (a mirror under /npm/, say). */
public final class UrlPaths {
    private UrlPaths() {
    }

    /** Parses a configured base URL, with a message that says what to fix. */
    public static HttpUrl base(String url) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.trim());
        if (parsed == null) {
            throw new IllegalArgumentException("Not an http(s) URL: '" + url + "'. Give a registry URL such as http://127.0.0.1:4873/");
        }
        return parsed;
    }

    /** Appends already-encoded path segments to the base, dropping the base's trailing empty segment. */
    public static HttpUrl.Builder under(HttpUrl base) {
        HttpUrl.Builder builder = base.newBuilder().query(null).fragment(null);
        int last = base.pathSize() - 1;
        if (last >= 0 && base.pathSegments().get(last).isEmpty()) {
            builder.removePathSegment(last);
        }
        return builder;
    }

    /** Resolves a link found in a registry document (absolute or relative to the document). */
    public static HttpUrl resolve(String documentUrl, String link) {
        HttpUrl doc = HttpUrl.parse(documentUrl);
        HttpUrl resolved = doc == null ? HttpUrl.parse(link) : doc.resolve(link);
        if (resolved == null) {
            throw new IllegalArgumentException("Not a usable link: '" + link + "'");
        }
        return resolved;
    }
}
