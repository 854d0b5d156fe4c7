package dev.packyard.store.datadir;

/** A data directory cannot be used; the message is one line meant for the user. */
public final class DataDirectoryException extends RuntimeException {
    public DataDirectoryException(String message) {
        super(message);
    }
}
