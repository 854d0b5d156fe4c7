package dev.packyard.store.blobs;

import dev.packyard.model.Asset;
import dev.packyard.model.DomainId;
import dev.packyard.model.HashAlgorithm;
import dev.packyard.service.persistence.BlobStore;
import dev.packyard.store.datadir.OwnerOnly;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Blobs under {@code root/<owner>/<domain>/sha256/ab/cd/<hash>}. A write goes to {@code root/tmp}, is fsynced and
 * hashed, checked against the expected hash, and only then renamed into place atomically; so a blob path either
 * does not exist or holds complete, verified content. Temp files left by a crash are removed on open.
 */
public final class FileBlobStore implements BlobStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private final Path root;
    private final Path tmp;

    public FileBlobStore(Path root) throws IOException {
        this.root = root;
        this.tmp = root.resolve("tmp");
        OwnerOnly.createDirectories(tmp);
        removeAbandonedWrites();
    }

    @Override
    public Asset put(DomainId domain, String assetName, InputStream content, String expectedSha256) throws IOException {
        Path temp = tmp.resolve(UUID.randomUUID() + ".part");
        try {
            Asset asset = HashedTempFile.write(temp, assetName, content, expectedSha256, true);
            String sha256 = asset.sha256();
            Path target = pathOf(domain, sha256);
            OwnerOnly.createDirectories(target.getParent());
            moveIntoPlace(temp, target);
            return asset;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public Asset adopt(DomainId domain, String assetName, Path file, long size, Map<HashAlgorithm, String> hashes)
            throws IOException {
        String sha256 = hashes.get(HashAlgorithm.SHA256);
        if (!HashedTempFile.hashedWhole(file, size, hashes)) {
            return BlobStore.super.adopt(domain, assetName, file, size, hashes);
        }
        try {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Path target = pathOf(domain, sha256);
            OwnerOnly.createDirectories(target.getParent());
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // Same name means same content: the blob is already there.
            } catch (AtomicMoveNotSupportedException e) {
                // The file lives on another file system: copy it in the usual way, hashing it again.
                return BlobStore.super.adopt(domain, assetName, file, size, hashes);
            }
            return new Asset(assetName, size, Map.copyOf(hashes));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public Optional<InputStream> open(DomainId domain, String sha256) throws IOException {
        try {
            return Optional.of(Files.newInputStream(pathOf(domain, sha256)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean exists(DomainId domain, String sha256) {
        return Files.isRegularFile(pathOf(domain, sha256));
    }

    @Override
    public void delete(DomainId domain, String sha256) throws IOException {
        Files.deleteIfExists(pathOf(domain, sha256));
    }

    @Override
    public Optional<String> problem() {
        return Files.isDirectory(tmp) && Files.isWritable(tmp) ? Optional.empty()
                : Optional.of("the blob folder " + root + " cannot be written");
    }

    Path pathOf(DomainId domain, String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(domain.owner()).resolve(domain.name()).resolve("sha256")
                .resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    Path tempDirectory() {
        return tmp;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Same name means same content: the blob is already there.
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The blob store needs a file system with atomic rename: " + e.getMessage(), e);
        }
    }

    private void removeAbandonedWrites() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(tmp)) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
            }
        }
    }
}
