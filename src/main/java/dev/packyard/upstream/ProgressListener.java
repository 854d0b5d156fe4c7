package dev.packyard.upstream;

/** Told how many bytes of a download have arrived; {@code totalBytes} is -1 when the registry did not say. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (bytesSoFar, totalBytes) -> { };

    void progress(long bytesSoFar, long totalBytes);
}
