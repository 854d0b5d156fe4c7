package dev.packyard.demo.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Builds a tar (an npm tarball, a .crate, a .gem and its parts) whose bytes depend only on its entries: one fixed
 * entry time, owner 0:0 with no names, mode 0644, entries in insertion order. The demo's checksums rest on that.
 */
public final class TarArchive {
    /** How an entry name longer than the 100 bytes a plain tar header holds is written: as the real tool does. */
    public enum LongNames {
        /** Refused, as a tool that never writes such names would. */
        REFUSED(TarArchiveOutputStream.LONGFILE_ERROR),
        /** GNU {@code ././@LongLink} entries (cargo's tar writer). */
        GNU(TarArchiveOutputStream.LONGFILE_GNU),
        /** POSIX pax headers (npm's tar writer). */
        POSIX(TarArchiveOutputStream.LONGFILE_POSIX);

        private final int mode;

        LongNames(int mode) {
            this.mode = mode;
        }
    }

    private static final int FILE_MODE = 0100644;

    private final FileTime entryTime;
    private final LongNames longNames;
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    public TarArchive(Instant entryTime, LongNames longNames) {
        this.entryTime = FileTime.from(entryTime);
        this.longNames = longNames;
    }

    public TarArchive add(String path, byte[] content) {
        entries.put(path, content);
        return this;
    }

    public TarArchive add(String path, String content) {
        return add(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public TarArchive addAll(Map<String, byte[]> files) {
        entries.putAll(files);
        return this;
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(longNames.mode);
            for (Map.Entry<String, byte[]> file : entries.entrySet()) {
                tar.putArchiveEntry(entry(file.getKey(), file.getValue().length));
                tar.write(file.getValue());
                tar.closeArchiveEntry();
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build an in-memory tar", e);
        }
        return bytes.toByteArray();
    }

    public byte[] toGzipBytes() {
        return gzip(toBytes());
    }

    /** Plain gzip with the JDK's header (no file name, no time), so the bytes depend only on the content. */
    public static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not gzip in memory", e);
        }
        return bytes.toByteArray();
    }

    private TarArchiveEntry entry(String path, long size) {
        TarArchiveEntry entry = new TarArchiveEntry(path);
        entry.setSize(size);
        entry.setMode(FILE_MODE);
        entry.setLastModifiedTime(entryTime);
        // Stated, not left to the defaults, so no user name of the machine can ever reach the bytes.
        entry.setUserId(0);
        entry.setGroupId(0);
        entry.setUserName("");
        entry.setGroupName("");
        return entry;
    }
}
