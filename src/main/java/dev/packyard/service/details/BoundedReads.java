package dev.packyard.service.details;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads of one archive entry with a ceiling, so that a hostile package (a 2 GB package.json, a zip bomb) costs at
 * most the ceiling in memory.
 */
public final class BoundedReads {
    /** Manifests (package.json, METADATA, a POM) larger than this are not what any real package ships. */
    public static final int MANIFEST_LIMIT = 4 * 1024 * 1024;
    /** Readmes are kept up to this many bytes; longer ones are cut at a character boundary. */
    public static final int README_LIMIT = 1024 * 1024;

    private BoundedReads() {
    }

    /** All of the entry, or an {@link EntryTooLargeException} as soon as it exceeds {@code limit} bytes. */
    public static byte[] all(InputStream in, int limit, String entryName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > limit) {
                throw new EntryTooLargeException(entryName + " is larger than " + limit + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The first {@code limit} bytes of the entry as UTF-8 text, a character cut in half dropped. */
    public static String textPrefix(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit);
        return cutToCharacters(new String(bytes, StandardCharsets.UTF_8), bytes.length == limit);
    }

    /** Text longer than {@code limit} characters cut to it (readmes taken from a manifest's own field). */
    public static String textPrefix(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        return cutToCharacters(text.substring(0, limit), true);
    }

    private static String cutToCharacters(String text, boolean cut) {
        if (cut && !text.isEmpty() && (text.charAt(text.length() - 1) == '\uFFFD'
                || Character.isHighSurrogate(text.charAt(text.length() - 1)))) {
            return text.substring(0, text.length() - 1);
        }
        return text;
    }

    /** An archive entry over its ceiling: the archive is treated as unreadable. */
    public static final class EntryTooLargeException extends IOException {
        public EntryTooLargeException(String message) {
            super(message);
        }
    }
}
