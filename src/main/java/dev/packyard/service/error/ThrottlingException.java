package dev.packyard.service.error;

public final class ThrottlingException extends CodeArtifactException {
    private final int retryAfterSeconds;

    public ThrottlingException(String message, int retryAfterSeconds) {
        super(message, null, null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public int httpStatus() {
        return 429;
    }
}
