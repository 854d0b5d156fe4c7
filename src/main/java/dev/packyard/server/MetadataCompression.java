package dev.packyard.server;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import io.javalin.compression.Brotli;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import java.util.List;

/**
 * Brotli or gzip for the answers that are text: packuments, PyPI simple pages, maven-metadata.xml, control-plane
 * JSON, as the client's {@code Accept-Encoding} allows (Brotli when it names {@code br}). Tarballs, wheels and jars are
 * sent as they are (already compressed, and their bytes are what lockfile hashes check). On a platform brotli4j has
 * no native library for, gzip alone is offered.
 */
final class MetadataCompression {
    /** Below this an answer is sent as it is: gzip would save a few bytes for the price of its set-up. */
    private static final int MIN_BYTES = 256;
    /** Level 6 (zlib's default): most of the gain of level 9 at a fraction of its CPU per request. */
    private static final int GZIP_LEVEL = 6;
    /** Brotli's level 4: smaller than gzip's level 6 at about the same CPU; the higher levels are for static files. */
    private static final int BROTLI_LEVEL = 4;

    private MetadataCompression() {
    }

    static CompressionStrategy strategy() {
        CompressionStrategy strategy = new CompressionStrategy(brotliAvailable() ? new Brotli(BROTLI_LEVEL) : null,
                new Gzip(GZIP_LEVEL));
        strategy.setDefaultMinSizeForCompression(MIN_BYTES);
        strategy.setAllowedMimeTypes(List.of("application/json", "application/vnd.npm.install-v1+json",
                "application/vnd.pypi.simple.v1+json", "application/vnd.pypi.simple.v1+html", "text/html", "text/xml",
                "application/xml", "text/plain", "application/x-amz-json-1.1"));
        return strategy;
    }

    private static boolean brotliAvailable() {
        try {
            return Brotli4jLoader.isAvailable();
        } catch (LinkageError e) {
            return false;
        }
    }
}
