package dev.packyard.demo.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds a zip (a wheel or a jar) whose bytes depend only on its entries: fixed local time stamps (so the
 * machine's time zone does not leak in), entries in insertion order.
 */
public final class ZipArchive {
    /** The earliest time a zip's DOS date can hold. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    public ZipArchive add(String path, byte[] content) {
        entries.put(path, content);
        return this;
    }

    public ZipArchive add(String path, String content) {
        return add(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build an in-memory zip", e);
        }
        return bytes.toByteArray();
    }
}
