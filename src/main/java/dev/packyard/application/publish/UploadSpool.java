package dev.packyard.application.publish;

import dev.packyard.model.HashingOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where uploads are received before they are published: each file streams into a spool file through a small buffer
 * while every hash is computed, so an upload of any size costs the same memory. Files left by a crash are removed
 * when the spool opens. The spool sits in the data directory, beside the blob store, so adopting a file is a rename.
 */
public final class UploadSpool {
    private static final int BUFFER = 64 * 1024;

    private final Path directory;

    private UploadSpool(Path directory) {
        this.directory = directory;
    }

    public static UploadSpool open(Path directory) {
        try {
            Files.createDirectories(directory);
            try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory)) {
                for (Path p : leftovers) {
                    Files.deleteIfExists(p);
                }
            }
            return new UploadSpool(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the upload spool " + directory, e);
        }
    }

    public Path directory() {
        return directory;
    }

    /** Receives a whole stream as one asset. */
    public SpooledAsset receive(String assetName, InputStream content) throws IOException {
        try (Receiver receiver = receiver(assetName)) {
            content.transferTo(receiver.stream());
            return receiver.finish();
        }
    }

    /** A file being received, for writers that produce the bytes themselves (a base64 decoder, a multipart part). */
    public Receiver receiver(String assetName) throws IOException {
        return new Receiver(assetName, Files.createTempFile(directory, "upload-", ".part"));
    }

    /** Closing a receiver that was not finished deletes what it received. */
    public static final class Receiver implements AutoCloseable {
        private final String assetName;
        private final Path file;
        private final HashingOutputStream hashing;
        private final OutputStream stream;
        private boolean finished;

        private Receiver(String assetName, Path file) throws IOException {
            this.assetName = assetName;
            this.file = file;
            this.hashing = new HashingOutputStream(Files.newOutputStream(file));
            this.stream = new BufferedOutputStream(hashing, BUFFER);
        }

        public OutputStream stream() {
            return stream;
        }

        public SpooledAsset finish() throws IOException {
            stream.close();
            finished = true;
            return new SpooledAsset(assetName, file, hashing.size(), hashing.hashes());
        }

        @Override
        public void close() throws IOException {
            if (!finished) {
                try {
                    stream.close();
                } finally {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
