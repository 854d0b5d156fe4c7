package dev.packyard.demo.common;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Percent-decoding for URL paths, where '+' is a literal plus and not a space as in form data. */
public final class UrlPaths {
    private UrlPaths() {
    }

    public static String decode(String rawPath) {
        try {
            return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return rawPath;
        }
    }
}
