package dev.packyard.store.datadir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * A Packyard data directory, held exclusively by one process through an OS file lock for as long as it is open.
 * The lock file records the holder's process id so the error for a second process can name it. The directory and
 * what Packyard creates in it are owner-only ({@link OwnerOnly}); a directory other users can write is refused,
 * because they could plant or swap package files.
 */
public final class DataDirectory implements AutoCloseable {
    private static final String LOCK_FILE = "packyard.lock";
    /** Where downloads are spooled before they become blobs (the fetch engine empties it at start). */
    private static final String SPOOL = "spool";

    private final Path root;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel channel, FileLock lock) {
        this.root = root;
        this.channel = channel;
        this.lock = lock;
    }

    /** Opens (creating if needed) and locks the directory, or fails with {@link DataDirectoryException}. */
    public static DataDirectory open(Path root) {
        Path dir = root.toAbsolutePath().normalize();
        try {
            if (Files.isDirectory(dir) && OwnerOnly.othersCanWrite(dir)) {
                throw new DataDirectoryException("Data directory " + dir + " can be written by other users, who could "
                        + "change the packages Packyard serves: make it yours alone (chmod 700 " + dir + ") or choose "
                        + "another directory with --data-dir");
            }
            OwnerOnly.createDirectories(dir);
            OwnerOnly.restrict(dir);
            for (String sub : new String[] {"db", "blobs", SPOOL}) {
                OwnerOnly.createDirectories(dir.resolve(sub));
            }
        } catch (IOException e) {
            throw new DataDirectoryException("Cannot create data directory " + dir + ": " + e.getMessage());
        }
        if (!Files.isWritable(dir)) {
            throw new DataDirectoryException("Data directory " + dir + " is not writable");
        }
        Path lockPath = dir.resolve(LOCK_FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockPath, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE), OwnerOnly.fileAttributes(lockPath));
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = readHolder(lockPath);
                channel.close();
                throw new DataDirectoryException("Data directory " + dir + " is in use by another Packyard process"
                        + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                        + ": stop it, or choose another directory with --data-dir");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(true);
            return new DataDirectory(dir, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DataDirectoryException("Cannot lock data directory " + dir + ": " + e.getMessage());
        }
    }

    public Path root() {
        return root;
    }

    public Path databaseDirectory() {
        return root.resolve("db");
    }

    public Path blobDirectory() {
        return root.resolve("blobs");
    }

    /** Local files on their way to a remote blob store (kept here whatever holds the catalogue and the blobs). */
    public Path spoolDirectory() {
        return root.resolve("spool");
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // The lock goes with the channel anyway.
        }
        closeQuietly(channel);
    }

    private static String readHolder(Path lockPath) {
        try {
            return Files.readString(lockPath, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing more to release.
            }
        }
    }
}
