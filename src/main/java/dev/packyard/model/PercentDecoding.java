package dev.packyard.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding of URL paths, where '+' is a literal plus (as in npm's and PyPI's version strings) and not a space
 * as in form data, which is all the JDK's {@link URLDecoder} knows.
 */
public final class PercentDecoding {
    private PercentDecoding() {
    }

    /** @throws IllegalArgumentException when a '%' is not followed by two hex digits */
    public static String path(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The decoded path, or the raw one when it does not decode: for places that only compare paths. */
    public static String pathOrRaw(String raw) {
        try {
            return path(raw);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
