package dev.packyard.store.datadir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders only their owner can read: Packyard's database, blobs and spool hold packages a team may keep
 * private, so on a file system with POSIX permissions they are created 0700 (folders) and 0600 (files). Elsewhere
 * (Windows) the folder inherits the user profile's access rules.
 */
public final class OwnerOnly {
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the folder and any missing parents below an existing one, each owner-only. */
    public static void createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            Files.createDirectory(dir, directoryAttributes(dir));
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // Another thread made it; its permissions were set the same way.
        }
    }

    /** The attributes that make a new file owner-only, for {@code Files.newByteChannel} and friends. */
    public static FileAttribute<?>[] fileAttributes(Path file) {
        return posix(file) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /** Takes group and other access away from an existing file or folder. */
    public static void restrict(Path path) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIRECTORY : FILE);
        }
    }

    /** Restricts the files directly inside a folder (those a library such as H2 created with the default mask). */
    public static void restrictFilesIn(Path dir) throws IOException {
        if (!posix(dir) || !Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(p)) {
                    restrict(p);
                }
            }
        }
    }

    /** Whether users other than the owner may write into the folder (or the owner is someone else). */
    static boolean othersCanWrite(Path dir) throws IOException {
        if (!posix(dir)) {
            return false;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
        if (permissions.contains(PosixFilePermission.GROUP_WRITE) || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
            return true;
        }
        String me = System.getProperty("user.name");
        return me != null && !Files.getOwner(dir).getName().equals(me);
    }

    private static FileAttribute<?>[] directoryAttributes(Path dir) {
        return posix(dir) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(DIRECTORY)} : new FileAttribute<?>[0];
    }
}
