package dev.packyard.store.db;

import java.sql.SQLException;

/** A database failure. The server reports it as an internal error without the SQL details. */
public final class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super("Database error: " + cause.getMessage(), cause);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
