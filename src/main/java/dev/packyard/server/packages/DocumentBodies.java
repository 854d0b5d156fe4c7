package dev.packyard.server.packages;

import dev.packyard.server.guard.BodyTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The request bodies a package endpoint reads whole: small documents such as a Maven checksum or maven-metadata.xml
 * and the version of an npm dist-tag. A package endpoint's PUT may carry an upload of up to --max-upload-size, so
 * without a cap of their own these would be read into memory at that size; larger ones get 413 and change nothing.
 */
public final class DocumentBodies {
    /** A maven-metadata.xml of an artifact with thousands of versions is a few hundred KiB. */
    public static final int MAX_BYTES = 1024 * 1024;

    private DocumentBodies() {
    }

    /** The whole body, at most {@link #MAX_BYTES}; {@code what} names the document in the 413's message. */
    public static byte[] read(InputStream body, String what) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new BodyTooLargeException("The " + what + " is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MiB, which no such document needs, so nothing was changed");
        }
        return bytes;
    }

    public static String text(InputStream body, String what) throws IOException {
        return new String(read(body, what), StandardCharsets.UTF_8);
    }
}
