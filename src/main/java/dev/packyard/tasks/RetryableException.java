package dev.packyard.tasks;

/** Thrown by a task body for a failure that may pass (a timeout, an upstream outage): the queue tries again later. */
public class RetryableException extends Exception {
    public RetryableException(String message) {
        super(message);
    }

    public RetryableException(String message, Throwable cause) {
        super(message, cause);
    }
}
