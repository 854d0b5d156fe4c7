package dev.packyard.server;

import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import java.util.List;

/**
 * gzip for the answers that are text: packuments, PyPI simple pages, maven-metadata.xml, control-plane JSON, when the
 * client's {@code Accept-Encoding} allows it. Tarballs, wheels and jars are sent as they are (already compressed, and
 * their bytes are what lockfile hashes check). Brotli is left out: Javalin's Brotli needs the brotli4j native library,
 * one per platform, which the installers would have to carry; gzip takes a large packument to about a tenth.
 */
final class MetadataCompression {
    /** Below this an answer is sent as it is: gzip would save a few bytes for the price of its set-up. */
    private static final int MIN_BYTES = 256;
    /** Level 6 (zlib's default): most of the gain of level 9 at a fraction of its CPU per request. */
    private static final int GZIP_LEVEL = 6;

    private MetadataCompression() {
    }

    static CompressionStrategy strategy() {
        CompressionStrategy strategy = new CompressionStrategy(null, new Gzip(GZIP_LEVEL));
        strategy.setDefaultMinSizeForCompression(MIN_BYTES);
        strategy.setAllowedMimeTypes(List.of("application/json", "application/vnd.npm.install-v1+json",
                "application/vnd.pypi.simple.v1+json", "application/vnd.pypi.simple.v1+html", "text/html", "text/xml",
                "application/xml", "text/plain", "application/x-amz-json-1.1"));
        return strategy;
    }
}
