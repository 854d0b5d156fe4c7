package dev.packyard.service.error;

public final class ValidationException extends CodeArtifactException {
    /** CodeArtifact's ValidationExceptionReason values. */
    public enum Reason { CANNOT_PARSE, ENCRYPTION_KEY_ERROR, FIELD_VALIDATION_FAILED, UNKNOWN_OPERATION, OTHER }

    private final Reason reason;

    public ValidationException(String message) {
        this(message, Reason.FIELD_VALIDATION_FAILED);
    }

    public ValidationException(String message, Reason reason) {
        super(message, null, null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
